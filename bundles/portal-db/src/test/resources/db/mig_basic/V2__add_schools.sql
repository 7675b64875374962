-- Two rows, one statement spread over several lines.
INSERT INTO MIG_BASIC_SCHOOL (ID, NAME)
    VALUES (1, 'Trường THCS Nguyễn Du');
INSERT INTO MIG_BASIC_SCHOOL (ID, NAME) VALUES (2, 'Trường Tiểu học Đống Đa');
