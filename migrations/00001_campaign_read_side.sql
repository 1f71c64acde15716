-- +goose Up
-- The campaign's public read side: campaigns and their committees, ministries (the tenants) and
-- their divisions, events with co-hosts, program parts and applications, registrants, award programs
-- and entries. Identifiers are bigint identities; the API exposes them only as opaque global IDs.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE ministries (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code     text NOT NULL UNIQUE CHECK (code ~ '^[A-Z]{2,8}$'),
    name_ja  text NOT NULL CHECK (name_ja <> ''),
    name_en  text,
    position int  NOT NULL DEFAULT 0
);

CREATE TABLE divisions (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ministry_id bigint NOT NULL REFERENCES ministries (id),
    name_ja     text NOT NULL CHECK (name_ja <> ''),
    name_en     text,
    bureau_ja   text,
    bureau_en   text,
    email       text,
    phone       text,
    position    int  NOT NULL DEFAULT 0
);
CREATE INDEX divisions_ministry_idx ON divisions (ministry_id, position, id);

CREATE TABLE campaigns (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fiscal_year       int  NOT NULL UNIQUE CHECK (fiscal_year BETWEEN 1989 AND 2200),
    name_ja           text NOT NULL CHECK (name_ja <> ''),
    name_en           text,
    theme_ja          text,
    theme_en          text,
    starts_on         date NOT NULL,
    ends_on           date NOT NULL,
    -- Whether the call for participation is open: registerActivity accepts only open campaigns.
    registration_open boolean NOT NULL DEFAULT false,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE committees (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    campaign_id bigint NOT NULL UNIQUE REFERENCES campaigns (id),
    name_ja     text NOT NULL CHECK (name_ja <> ''),
    name_en     text
);

CREATE TABLE committee_members (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id    bigint NOT NULL REFERENCES committees (id),
    position        int  NOT NULL,
    organization_ja text NOT NULL CHECK (organization_ja <> ''),
    organization_en text,
    ministry_id     bigint REFERENCES ministries (id),
    sector          text NOT NULL CHECK (sector IN ('GOVERNMENT', 'INDUSTRY', 'ACADEMIA')),
    role            text NOT NULL CHECK (role IN ('CHAIR', 'MEMBER', 'SECRETARIAT')),
    UNIQUE (committee_id, position)
);

CREATE TABLE events (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version              int    NOT NULL DEFAULT 1 CHECK (version > 0),
    campaign_id          bigint NOT NULL REFERENCES campaigns (id),
    host_ministry_id     bigint NOT NULL REFERENCES ministries (id),
    kind                 text   NOT NULL CHECK (kind IN ('SYMPOSIUM', 'SEMINAR', 'AWARD_CEREMONY', 'WORKSHOP', 'OTHER')),
    status               text   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED')),
    title_ja             text   NOT NULL CHECK (title_ja <> ''),
    title_en             text,
    description_ja       text,
    description_en       text,
    starts_at            timestamptz NOT NULL,
    ends_at              timestamptz NOT NULL,
    -- "(予定)": the times are announced but not final.
    tentative            boolean NOT NULL DEFAULT false,
    venue_name_ja        text,
    venue_name_en        text,
    venue_address_ja     text,
    venue_address_en     text,
    venue_prefecture     text,
    online_streaming     boolean NOT NULL DEFAULT false,
    streaming_url        text,
    archive_video_url    text,
    fee_yen              int NOT NULL DEFAULT 0 CHECK (fee_yen >= 0),
    -- NULL: no limit on in-person seats.
    capacity             int CHECK (capacity > 0),
    -- NULL: applications close when the event is full (定員になり次第締切).
    application_deadline timestamptz,
    -- Counters kept in the same transaction as the applications they count, under the event's
    -- row lock, so that seatsRemaining and waitlistLength never disagree with the applications.
    seats_taken          int NOT NULL DEFAULT 0 CHECK (seats_taken >= 0),
    waitlist_length      int NOT NULL DEFAULT 0 CHECK (waitlist_length >= 0),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CHECK (venue_name_ja IS NOT NULL OR venue_address_ja IS NULL),
    CHECK (capacity IS NULL OR seats_taken <= capacity)
);
-- Keyset pagination runs in (starts_at, id) order, overall and per campaign.
CREATE INDEX events_starts_idx ON events (starts_at, id);
CREATE INDEX events_campaign_starts_idx ON events (campaign_id, starts_at, id);
CREATE INDEX events_host_starts_idx ON events (host_ministry_id, starts_at, id);
CREATE INDEX events_search_idx ON events
    USING gin ((title_ja || ' ' || coalesce(title_en, '') || ' ' || coalesce(description_ja, '') || ' ' || coalesce(description_en, '')) gin_trgm_ops);

CREATE TABLE event_cohosts (
    event_id    bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    ministry_id bigint NOT NULL REFERENCES ministries (id),
    PRIMARY KEY (event_id, ministry_id)
);
CREATE INDEX event_cohosts_ministry_idx ON event_cohosts (ministry_id, event_id);

-- The program of an event: 第一部 表彰式, 第二部 パネルディスカッション …
CREATE TABLE event_program_parts (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id  bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position  int  NOT NULL,
    title_ja  text NOT NULL CHECK (title_ja <> ''),
    title_en  text,
    starts_at timestamptz NOT NULL,
    ends_at   timestamptz NOT NULL,
    CHECK (ends_at > starts_at),
    UNIQUE (event_id, position)
);

CREATE TABLE event_applications (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id          bigint NOT NULL REFERENCES events (id),
    attendee_name     text NOT NULL CHECK (attendee_name <> ''),
    attendee_email    text NOT NULL CHECK (attendee_email <> ''),
    organization      text,
    attendance        text NOT NULL CHECK (attendance IN ('IN_PERSON', 'ONLINE')),
    status            text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    waitlist_position int CHECK (waitlist_position > 0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'WAITLISTED') = (waitlist_position IS NOT NULL))
);
CREATE INDEX event_applications_event_idx ON event_applications (event_id, id);

CREATE TABLE registrants (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version             int    NOT NULL DEFAULT 1 CHECK (version > 0),
    campaign_id         bigint NOT NULL REFERENCES campaigns (id),
    kind                text   NOT NULL CHECK (kind IN ('COMPANY', 'LOCAL_GOVERNMENT', 'ORGANIZATION', 'INDIVIDUAL')),
    name                text   NOT NULL CHECK (name <> ''),
    name_kana           text,
    prefecture          text,
    industry            text,
    employee_count      int CHECK (employee_count >= 0),
    teleworker_count    int CHECK (teleworker_count >= 0),
    telework_introduced boolean,
    activities          text[] NOT NULL CHECK (cardinality(activities) > 0
                            AND activities <@ ARRAY['PRACTICING', 'LEARNING', 'PROMOTING']),
    publish_name        boolean NOT NULL DEFAULT false,
    status              text   NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    contact_name        text   NOT NULL,
    contact_email       text   NOT NULL,
    contact_phone       text,
    registered_at       timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'INDIVIDUAL') = (prefecture IS NULL))
);
-- The public list: approved registrants who consented to be listed, in registration order.
CREATE INDEX registrants_public_idx ON registrants (campaign_id, id) WHERE status = 'APPROVED' AND publish_name;
CREATE INDEX registrants_campaign_idx ON registrants (campaign_id, status, id);
CREATE INDEX registrants_activities_idx ON registrants USING gin (activities);
CREATE INDEX registrants_name_search_idx ON registrants USING gin ((name || ' ' || coalesce(name_kana, '')) gin_trgm_ops);

CREATE TABLE award_programs (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version           int    NOT NULL DEFAULT 1 CHECK (version > 0),
    campaign_id       bigint NOT NULL REFERENCES campaigns (id),
    ministry_id       bigint NOT NULL REFERENCES ministries (id),
    name_ja           text   NOT NULL CHECK (name_ja <> ''),
    name_en           text,
    description_ja    text,
    description_en    text,
    entry_opens_at    timestamptz,
    entry_closes_at   timestamptz,
    -- Set when the ministry announces the results; winners are public from then on.
    announced_at      timestamptz,
    ceremony_event_id bigint REFERENCES events (id),
    position          int NOT NULL DEFAULT 0,
    CHECK (entry_closes_at IS NULL OR entry_opens_at IS NULL OR entry_closes_at > entry_opens_at)
);
CREATE INDEX award_programs_campaign_idx ON award_programs (campaign_id, position, id);
CREATE INDEX award_programs_ministry_idx ON award_programs (ministry_id, campaign_id);

CREATE TABLE award_entries (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    program_id    bigint NOT NULL REFERENCES award_programs (id),
    registrant_id bigint NOT NULL REFERENCES registrants (id),
    summary       text   NOT NULL,
    contact_email text   NOT NULL,
    status        text   NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'SHORTLISTED', 'AWARDED', 'NOT_AWARDED', 'WITHDRAWN')),
    citation      text,
    submitted_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (program_id, registrant_id)
);
CREATE INDEX award_entries_program_idx ON award_entries (program_id, status, id);

-- +goose Down
DROP TABLE award_entries, award_programs, registrants, event_applications, event_program_parts,
    event_cohosts, events, committee_members, committees, campaigns, divisions, ministries;
