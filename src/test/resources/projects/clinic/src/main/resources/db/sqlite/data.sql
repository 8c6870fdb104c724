INSERT INTO types (name) VALUES ('cat'), ('dog'), ('lizard');
INSERT INTO specialties (name) VALUES ('radiology'), ('surgery');
