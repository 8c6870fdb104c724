-- initial migration
-- SQLite migration script written by ORM Shell's db migrate: review it before applying.

CREATE TABLE roles (
    id INTEGER NOT NULL${identity},
    name VARCHAR(64),
    PRIMARY KEY (id),
    UNIQUE (name)
);

CREATE TABLE users (
    id INTEGER NOT NULL${identity},
    username VARCHAR(64),
    role_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_users_role_id_roles FOREIGN KEY(role_id) REFERENCES roles (id)
);

CREATE UNIQUE INDEX ix_users_username ON users (username);
