-- Demo data of the reference portal: one province department, one ward People's Committee, three schools
-- under both, and eight accounts whose password is "demo". Applied once by the demo-data bundle (module id
-- "demo"); the migrator records it, so a restart never inserts it twice. Text is NFC-normalised UTF-8.
-- Password hashes: PBKDF2-HMAC-SHA256, 210000 iterations, salt = first 16 bytes of SHA-256("caitien-demo:" + login).

INSERT INTO PORTAL.SUPERVISING_BODY (ID, NAME, KIND) VALUES
    ('so-bacninh', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NINH', 'PROVINCIAL_DEPARTMENT'),
    ('ubnd-kinhbac', 'UBND PHƯỜNG KINH BẮC', 'COMMUNE_COMMITTEE');

INSERT INTO PORTAL.SCHOOL (ID, NAME, DOCUMENT_SYMBOL, PARENT_BODY) VALUES
    ('thcs-kinhbac', 'Trường THCS Kinh Bắc', 'THCSKB', 'UBND PHƯỜNG KINH BẮC'),
    ('th-kinhbac', 'Trường Tiểu học Kinh Bắc', 'THKB', 'UBND PHƯỜNG KINH BẮC'),
    ('mn-hoasen', 'Trường Mầm non Hoa Sen', 'MNHS', 'UBND PHƯỜNG KINH BẮC');

INSERT INTO PORTAL.SCHOOL_LEVEL (SCHOOL_ID, LEVEL_CODE) VALUES
    ('thcs-kinhbac', 'THCS'),
    ('th-kinhbac', 'TH'),
    ('mn-hoasen', 'MN');

-- The ward manages the schools since 01/07/2025; the provincial department oversees them professionally.
INSERT INTO PORTAL.SCHOOL_SUPERVISOR (SCHOOL_ID, BODY_ID, POSITION) VALUES
    ('thcs-kinhbac', 'ubnd-kinhbac', 1),
    ('thcs-kinhbac', 'so-bacninh', 2),
    ('th-kinhbac', 'ubnd-kinhbac', 1),
    ('th-kinhbac', 'so-bacninh', 2),
    ('mn-hoasen', 'ubnd-kinhbac', 1),
    ('mn-hoasen', 'so-bacninh', 2);

INSERT INTO PORTAL.ACCOUNT (LOGIN, DISPLAY_NAME, PASSWORD_HASH, SALT, ITERATIONS, SYSTEM_ADMIN, ACTIVE, CREATED_AT) VALUES
    ('admin', 'Quản trị hệ thống', 'Li0KKpu/vaPPrrnOMSeSV4S83II/miYhA7Z2ao3pes8=', 'cAsSXXylF3oQ9YsLls+1QA==', 210000, TRUE, TRUE, CURRENT_TIMESTAMP),
    ('so', 'Trần Thị Lan', 'M3xwBdCR9IjTFqPLj2V1QPIOBSP0RO1mQ2WA06sTph0=', '6m7Nb5aSluZYf7hwvD80lA==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP),
    ('phuong', 'Lê Văn Hùng', 'HaD7mAPQL83D6WOl/ZCgGsR5MY8a9pXikWPywqVrLJ0=', 'eMSlxKtezguNWxA4rvQzlQ==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP),
    ('hieutruong', 'Nguyễn Văn An', 'fHsAn/zW3YnnlSEC1yedUbCuIfw9XXzA3MsYIB0boq8=', '3xFGj6EvpJaL3GruAquyjg==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP),
    ('phohieutruong', 'Phạm Thị Hoa', 'IBZ1wa6J0C4SIga+dPF4pC6Qhzmw/+JIjiXrjf/RNqk=', '+BCK/C9JdvMOZSbvLXkzfQ==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP),
    ('giaovien', 'Đỗ Minh Tuấn', 'C+k3BXyqB0A8COt+h9rvwdUQbF+pkbLDUaSX8/7eR/4=', '2Hf1TwFGagERh0wsgEbjsQ==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP),
    ('giamsat', 'Vũ Thị Mai', 'aCMtaYtKA7NzeJljibW/IN1jHS1bIFa/anEERXAfktQ=', 'rqErzVTRGB5ORW8p+DaTnA==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP),
    ('hieutruong.th', 'Hoàng Văn Bình', 'l90/m2yrm9uzVfS87FDVQbe6/eqF4+UNW0d4auQ8H3w=', '4kg6kHAmc16REBUHlFUPAQ==', 210000, FALSE, TRUE, CURRENT_TIMESTAMP);

INSERT INTO PORTAL.MEMBERSHIP (LOGIN, ORG_ID, IS_BODY, ROLE) VALUES
    ('so', 'so-bacninh', TRUE, 'SUPERVISOR'),
    ('phuong', 'ubnd-kinhbac', TRUE, 'SUPERVISOR'),
    ('hieutruong', 'thcs-kinhbac', FALSE, 'PRINCIPAL'),
    ('phohieutruong', 'thcs-kinhbac', FALSE, 'VICE_PRINCIPAL'),
    ('giaovien', 'thcs-kinhbac', FALSE, 'TEACHER'),
    ('giamsat', 'thcs-kinhbac', FALSE, 'MONITORING_TEAM'),
    ('giamsat', 'thcs-kinhbac', FALSE, 'TEACHER'),
    ('hieutruong.th', 'th-kinhbac', FALSE, 'PRINCIPAL');
