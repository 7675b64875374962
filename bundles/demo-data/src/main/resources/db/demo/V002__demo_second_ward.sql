-- A second ward with one school and its own accounts, so that the demo (and the trust suites) have schools under
-- different supervising bodies: UBND phường Vũ Ninh sees only THCS Vũ Ninh, UBND phường Kinh Bắc never sees it, and
-- the provincial department sees all four schools. Password "demo", hashed as in V001.

INSERT INTO PORTAL.SUPERVISING_BODY (ID, NAME, KIND) VALUES
    ('ubnd-vuninh', 'UBND PHƯỜNG VŨ NINH', 'COMMUNE_COMMITTEE');

INSERT INTO PORTAL.SCHOOL (ID, NAME, DOCUMENT_SYMBOL, PARENT_BODY) VALUES
    ('thcs-vuninh', 'Trường THCS Vũ Ninh', 'THCSVN', 'UBND PHƯỜNG VŨ NINH');

INSERT INTO PORTAL.SCHOOL_LEVEL (SCHOOL_ID, LEVEL_CODE) VALUES
    ('thcs-vuninh', 'THCS');

INSERT INTO PORTAL.SCHOOL_SUPERVISOR (SCHOOL_ID, BODY_ID, POSITION) VALUES
    ('thcs-vuninh', 'ubnd-vuninh', 1),
    ('thcs-vuninh', 'so-bacninh', 2);

INSERT INTO PORTAL.ACCOUNT (LOGIN, DISPLAY_NAME, PASSWORD_HASH, SALT, ITERATIONS, SYSTEM_ADMIN, ACTIVE, CREATED_AT) VALUES
    ('phuong.vn', 'Ngô Thị Thu', '5hsjWBnUxsJDVVuBhZzu/kSspR+t43Kx5qGwUGQlwpY=', 'HNE/oC0BhgAzHkW0u6evzA==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP),
    ('hieutruong.vn', 'Bùi Quang Huy', 'R6kvwYMgA6JwXXatk5Lw1dAOQhCpRKRj2ZgfKQUtBFw=', 'oYTdLenQZXTdj8abB5qiPg==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP),
    ('giaovien.vn', 'Lý Thị Ngọc', 'oeHT04uZHMxnRIAhyxh8wK68ZtzMYS3QDKpl1zfcdWM=', 'OoMWTVcJWPV0GoPTHB9m/g==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP);

INSERT INTO PORTAL.MEMBERSHIP (LOGIN, ORG_ID, IS_BODY, ROLE) VALUES
    ('phuong.vn', 'ubnd-vuninh', TRUE, 'SUPERVISOR'),
    ('hieutruong.vn', 'thcs-vuninh', FALSE, 'PRINCIPAL'),
    ('giaovien.vn', 'thcs-vuninh', FALSE, 'TEACHER');
