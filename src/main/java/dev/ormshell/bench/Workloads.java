package dev.ormshell.bench;

/**
 * The six steps of the benchmark, done one way (through the facade, or through plain JDBC).
 * Each method returns how many operations it did, and leaves the database as the step says.
 */
interface Workloads {

    /** W1: inserts {@code plan.rows()} users, round-robin over the roles, in one transaction. */
    long insertUsers(BenchPlan plan) throws Exception;

    /** W2: looks users up by username, one query each. */
    long lookUpByUsername(BenchPlan plan, String[] usernames) throws Exception;

    /** W3: counts the users of each role, {@code plan.rounds()} times. */
    long countUsersPerRole(BenchPlan plan) throws Exception;

    /** W4: reads every user, a page of 100 at a time, ordered by username; returns the rows read. */
    long paginateAllUsers(BenchPlan plan) throws Exception;

    /** W5: renames {@code plan.changes()} users and commits once. */
    long renameUsers(BenchPlan plan) throws Exception;

    /** W6: deletes {@code plan.changes()} users and commits once. */
    long deleteUsers(BenchPlan plan) throws Exception;
}
