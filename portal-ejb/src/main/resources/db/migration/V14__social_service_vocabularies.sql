-- The vocabularies of social service listings.
-- Forms and types of social services (Federal Law 442-FZ, articles 19 and 20) are fixed by law: loaded from
-- db/seed/social-services-442fz.csv in its order (SocialServiceSeedTest checks the two agree) and edited by nobody.
-- Recipient categories are a reference list an ADMIN edits at /admin/reference-lists?list=recipient-category;
-- their codes are those of the matching target groups.

CREATE TABLE social_service_form (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    position INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_social_service_form_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_service_type (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    position INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_social_service_type_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recipient_category (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    position INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_recipient_category_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO social_service_form (code, name_ru, name_en, position) VALUES
    ('home', 'социальное обслуживание на дому', 'home-based care', 10),
    ('semi-residential', 'полустационарная форма социального обслуживания', 'semi-residential (day) care', 20),
    ('residential', 'стационарная форма социального обслуживания', 'residential care', 30);

INSERT INTO social_service_type (code, name_ru, name_en, position) VALUES
    ('household', 'социально-бытовые', 'household services', 10),
    ('medical', 'социально-медицинские', 'social and medical services', 20),
    ('psychological', 'социально-психологические', 'psychological services', 30),
    ('pedagogical', 'социально-педагогические', 'social and pedagogical services', 40),
    ('labour', 'социально-трудовые', 'employment and labour services', 50),
    ('legal', 'социально-правовые', 'legal services', 60),
    ('communication', 'услуги в целях повышения коммуникативного потенциала получателей социальных услуг с ограничениями жизнедеятельности', 'services to raise the communication skills of people with disabilities', 70),
    ('urgent', 'срочные социальные услуги', 'urgent social services', 80);

INSERT INTO recipient_category (code, name_ru, name_en, position) VALUES
    ('older-people', 'Пожилые люди', 'Older people', 10),
    ('disabilities', 'Люди с инвалидностью', 'People with disabilities', 20),
    ('families-with-children', 'Семьи с детьми', 'Families with children', 30),
    ('children-youth', 'Дети и молодёжь', 'Children and youth', 40),
    ('veterans', 'Ветераны', 'Veterans', 50),
    ('homeless', 'Люди без жилья', 'People without a home', 60),
    ('migrants', 'Мигранты и вынужденные переселенцы', 'Migrants and displaced people', 70),
    ('crisis', 'Люди в трудной жизненной ситуации', 'People in a crisis', 80);
