-- Schools for the migrator tests; Vietnamese text must survive the trip (read as UTF-8).
CREATE TABLE MIG_BASIC_SCHOOL (
    ID INT NOT NULL PRIMARY KEY,
    NAME VARCHAR(200) NOT NULL
);
