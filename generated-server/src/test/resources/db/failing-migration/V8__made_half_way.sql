-- A script whose second statement fails: the table of the first must not be left behind.

CREATE TABLE made_before_the_failure (id INTEGER NOT NULL PRIMARY KEY);

ALTER TABLE no_such_table ADD COLUMN never INTEGER;
