CREATE TABLE vets (
  id         INTEGER PRIMARY KEY,
  first_name VARCHAR(30),
  last_name  VARCHAR(30)
);
CREATE INDEX vets_last_name ON vets (last_name);

CREATE TABLE specialties (
  id   INTEGER PRIMARY KEY,
  name VARCHAR(80)
);

CREATE TABLE vets_specialties (
  vet_id         INTEGER NOT NULL REFERENCES vets (id),
  specialties_id INTEGER NOT NULL REFERENCES specialties (id),
  UNIQUE (vet_id, specialties_id)
);

CREATE TABLE types (
  id   INTEGER PRIMARY KEY,
  name VARCHAR(80)
);

CREATE TABLE owners (
  id         INTEGER PRIMARY KEY,
  first_name VARCHAR(30),
  last_name  VARCHAR(30),
  address    VARCHAR(255),
  city       VARCHAR(80),
  telephone  VARCHAR(20)
);
CREATE INDEX owners_last_name ON owners (last_name);

CREATE TABLE pets (
  id         INTEGER PRIMARY KEY,
  name       VARCHAR(30),
  birth_date DATE,
  type_id    INTEGER NOT NULL REFERENCES types (id),
  owner_id   INTEGER REFERENCES owners (id)
);

CREATE TABLE visits (
  id          INTEGER PRIMARY KEY,
  pet_id      INTEGER REFERENCES pets (id),
  visit_date  DATE,
  description VARCHAR(255)
);
