-- Reference lists of the directory that administrators edit: legal forms, activity areas, target groups.

CREATE TABLE legal_form (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    position INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    applies_to VARCHAR(10),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_legal_form_code UNIQUE (code),
    CONSTRAINT ck_legal_form_applies_to CHECK (applies_to IS NULL OR applies_to IN ('NGO', 'TOS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity_area (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    position INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_activity_area_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE target_group (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    name_ru VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    position INT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_target_group_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO legal_form (code, name_ru, name_en, position, applies_to) VALUES
    ('ano', 'Автономная некоммерческая организация (АНО)', 'Autonomous non-profit organization (ANO)', 10, 'NGO'),
    ('fund', 'Фонд', 'Foundation', 20, 'NGO'),
    ('public-organization', 'Общественная организация', 'Public organization', 30, 'NGO'),
    ('public-movement', 'Общественное движение', 'Public movement', 40, 'NGO'),
    ('association', 'Ассоциация (союз)', 'Association (union)', 50, 'NGO'),
    ('religious-organization', 'Религиозная организация', 'Religious organization', 60, 'NGO'),
    ('cossack-society', 'Казачье общество', 'Cossack society', 70, 'NGO'),
    ('tos', 'Территориальное общественное самоуправление (ТОС)', 'Territorial public self-government (TOS)', 80, 'TOS'),
    ('other', 'Иная организационно-правовая форма', 'Another legal form', 90, NULL);

INSERT INTO activity_area (code, name_ru, name_en, position) VALUES
    ('social-support', 'Социальное обслуживание и социальная поддержка граждан', 'Social services and social support', 10),
    ('health', 'Охрана здоровья, здоровый образ жизни', 'Health and healthy lifestyles', 20),
    ('family-childhood', 'Поддержка семьи, материнства, отцовства и детства', 'Family, motherhood, fatherhood and childhood', 30),
    ('youth', 'Поддержка молодёжных проектов', 'Youth projects', 40),
    ('education', 'Наука, образование, просвещение', 'Science, education and enlightenment', 50),
    ('culture', 'Культура и искусство', 'Culture and the arts', 60),
    ('historical-memory', 'Сохранение исторической памяти', 'Historical memory', 70),
    ('legal-aid', 'Защита прав и свобод человека, правовая помощь', 'Human rights and legal aid', 80),
    ('environment', 'Охрана окружающей среды и защита животных', 'Environment and animal protection', 90),
    ('interethnic', 'Межнациональное и межрелигиозное согласие', 'Inter-ethnic and inter-religious harmony', 100),
    ('sport', 'Физическая культура и спорт', 'Physical culture and sport', 110),
    ('volunteering', 'Добровольчество', 'Volunteering', 120),
    ('local-community', 'Развитие местного сообщества и благоустройство территории', 'Local community and public spaces', 130),
    ('civil-society', 'Развитие институтов гражданского общества', 'Civil society development', 140);

INSERT INTO target_group (code, name_ru, name_en, position) VALUES
    ('older-people', 'Пожилые люди', 'Older people', 10),
    ('disabilities', 'Люди с инвалидностью', 'People with disabilities', 20),
    ('families-with-children', 'Семьи с детьми', 'Families with children', 30),
    ('large-families', 'Многодетные семьи', 'Large families', 40),
    ('children-youth', 'Дети и молодёжь', 'Children and youth', 50),
    ('veterans', 'Ветераны и их семьи', 'Veterans and their families', 60),
    ('homeless', 'Люди без жилья', 'People without a home', 70),
    ('migrants', 'Мигранты и вынужденные переселенцы', 'Migrants and displaced people', 80),
    ('crisis', 'Люди в трудной жизненной ситуации', 'People in a crisis', 90),
    ('residents', 'Жители территории', 'Residents of the territory', 100),
    ('ngos-activists', 'НКО и гражданские активисты', 'NGOs and civic activists', 110);
