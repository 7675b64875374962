-- The Mức 4 (Điều 22) summaries shipped with TT 17, 18 and 19/2018 were written in English; the shipped files now carry
-- Vietnamese summaries, but an installation loads each shipped file once (CATALOGUE.SHIPPED_LOAD), so this rewrites
-- the stored ones. Only the versions loaded from the shipped files (published by 'system' with the file name as note)
-- and only rows whose summary is still the old English text are changed: a version an administrator published or
-- imported, and any other text, is left as it is. The one exception to "a version's rows are never updated".
-- Portable: Derby 10.16 and PostgreSQL accept the same text. One statement per item, each on its own lines.

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Kế hoạch giáo dục của nhà trường vận dụng phù hợp và hiệu quả các chương trình giáo dục tiên tiến của khu vực và thế giới.'
WHERE CODE = 'Điều 22.1'
AND SUMMARY =
    'The school education plan draws appropriately and effectively on advanced curricula from the region and the world.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt17-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt17.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Tất cả học sinh có hoàn cảnh khó khăn và học sinh có năng khiếu đều đạt mục tiêu giáo dục cá nhân đã được xác định cùng nhà trường và các đối tác.'
WHERE CODE = 'Điều 22.2'
AND SUMMARY =
    'All disadvantaged and gifted pupils reach the individual education goals set with the school and partners.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt17-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt17.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Thư viện có hạ tầng công nghệ thông tin và truyền thông hiện đại, có kết nối internet và nguồn tài liệu in, tài liệu số phong phú.'
WHERE CODE = 'Điều 22.3'
AND SUMMARY =
    'The library has modern ICT infrastructure, internet access and rich print and digital resources.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt17-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt17.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Trong 5 năm liên tiếp trước thời điểm đánh giá, nhà trường đạt tất cả các mục tiêu của chiến lược phát triển nhà trường.'
WHERE CODE = 'Điều 22.4'
AND SUMMARY =
    'Over the five consecutive years before assessment the school met every goal of its development strategy.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt17-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt17.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Trong 5 năm đó, có ít nhất 2 năm kết quả của nhà trường vượt trội rõ rệt so với các trường có điều kiện tương đồng và được cấp có thẩm quyền, cộng đồng ghi nhận.'
WHERE CODE = 'Điều 22.5'
AND SUMMARY =
    'In at least two of those five years the school''s results clearly exceeded comparable schools and were recognised by authorities and the community.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt17-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt17.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Kế hoạch giáo dục của nhà trường vận dụng phù hợp các chương trình giáo dục tiên tiến của khu vực và thế giới, góp phần nâng cao chất lượng giáo dục.'
WHERE CODE = 'Điều 22.1'
AND SUMMARY =
    'The school education plan draws appropriately on advanced curricula from the region and the world and helps raise quality.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt18-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt18.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Tất cả học sinh có hoàn cảnh khó khăn và học sinh có năng khiếu đều đạt mục tiêu giáo dục cá nhân đã được xác định cùng nhà trường và các đối tác.'
WHERE CODE = 'Điều 22.2'
AND SUMMARY =
    'All disadvantaged and gifted students reach the individual education goals set with the school and partners.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt18-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt18.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Học sinh tham gia nghiên cứu khoa học, công nghệ và vận dụng kiến thức các môn học để giải quyết các vấn đề thực tiễn (ngoài vùng khó khăn: được cấp có thẩm quyền ghi nhận).'
WHERE CODE = 'Điều 22.3'
AND SUMMARY =
    'Students take part in science/technology research and apply subject knowledge to real problems (recognised by authorities outside disadvantaged areas).'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt18-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt18.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Thư viện có hạ tầng công nghệ thông tin và truyền thông hiện đại, tương đương chuẩn khu vực và quốc tế, có kết nối internet băng thông rộng, Wi-Fi và nguồn tài liệu in, tài liệu số phong phú.'
WHERE CODE = 'Điều 22.4'
AND SUMMARY =
    'The library has modern ICT infrastructure comparable to regional/international standards, broadband and Wi-Fi, and rich print and digital resources.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt18-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt18.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Trong 5 năm liên tiếp trước thời điểm đánh giá, nhà trường đạt tất cả các mục tiêu của chiến lược phát triển nhà trường.'
WHERE CODE = 'Điều 22.5'
AND SUMMARY =
    'Over the five consecutive years before assessment the school met every goal of its development strategy.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt18-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt18.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Trong 5 năm đó, có ít nhất 2 năm kết quả của nhà trường vượt trội rõ rệt so với các trường có điều kiện tương đồng và được cấp có thẩm quyền, cộng đồng ghi nhận.'
WHERE CODE = 'Điều 22.6'
AND SUMMARY =
    'In at least two of those five years the school''s results clearly exceeded comparable schools and were recognised by authorities and the community.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt18-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt18.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Nhà trường phát triển chương trình giáo dục mầm non quốc gia trên cơ sở vận dụng các mô hình, phương pháp giáo dục tiên tiến của nước ngoài, phù hợp với độ tuổi của trẻ, điều kiện của nhà trường và văn hóa địa phương.'
WHERE CODE = 'Điều 22.1'
AND SUMMARY =
    'The school develops the national preschool programme using advanced models and methods from abroad, adapted to age, school conditions and local culture.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt19-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt19.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Ít nhất 90% giáo viên được đánh giá theo chuẩn nghề nghiệp đạt mức khá trở lên, trong đó 40% đạt mức tốt (vùng khó khăn: 80% và 30%); chất lượng đội ngũ đáp ứng yêu cầu thực hiện chiến lược phát triển nhà trường.'
WHERE CODE = 'Điều 22.2'
AND SUMMARY =
    'At least 90% of teachers are rated good or better on the professional standard, 40% excellent (80%/30% in disadvantaged areas), and staff quality supports the strategy.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt19-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt19.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Sân chơi và khu vui chơi của trẻ có diện tích đạt hoặc vượt diện tích theo tiêu chuẩn thiết kế quốc gia, có các góc hoạt động trong nhà và ngoài trời.'
WHERE CODE = 'Điều 22.3'
AND SUMMARY =
    'Play yards and children''s play areas meet or exceed the national design-standard area, with indoor and outdoor activity corners.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt19-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt19.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Tất cả các công trình được xây dựng kiên cố; có phòng tư vấn, thiết bị chăm sóc, giáo dục hiện đại và khu vực riêng để phát triển vận động, tổ chức được hai môn thể thao phù hợp với độ tuổi của trẻ.'
WHERE CODE = 'Điều 22.4'
AND SUMMARY =
    'All buildings are permanent, there is a counselling room, modern care/education equipment and a dedicated motor-development area offering two age-appropriate sports.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt19-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt19.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Trong 5 năm liên tiếp trước thời điểm đánh giá, nhà trường đạt tất cả các mục tiêu của chiến lược phát triển nhà trường.'
WHERE CODE = 'Điều 22.5'
AND SUMMARY =
    'Over the five consecutive years before assessment the school met every goal of its development strategy.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt19-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt19.yaml');

UPDATE CATALOGUE.LEVEL4_ITEM
SET SUMMARY =
    'Trong 5 năm đó, có 2 năm kết quả của nhà trường vượt trội rõ rệt so với các trường có điều kiện tương đồng và được cấp có thẩm quyền, cộng đồng ghi nhận.'
WHERE CODE = 'Điều 22.6'
AND SUMMARY =
    'In two of those five years the school''s results clearly exceeded comparable schools and were recognised by authorities and the community.'
AND VERSION_ID IN (SELECT V.ID FROM CATALOGUE.CATALOGUE_VERSION V
    WHERE V.REGIME_ID = 'tt19-2018' AND V.PUBLISHED_BY = 'system' AND V.NOTE = 'catalogue/tt19.yaml');
