-- initial migration
-- SQLite undo script written by ORM Shell's db migrate: review it before applying.

DROP TABLE users;

DROP TABLE roles;
