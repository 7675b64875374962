-- The first statement succeeds and must be rolled back with the second, which fails.
CREATE TABLE MIG_FAIL_ROLLED_BACK (ID INT NOT NULL PRIMARY KEY);
INSERT INTO MIG_FAIL_OK (ID) VALUES (1);
INSERT INTO MIG_FAIL_NO_SUCH_TABLE (ID) VALUES (1);
