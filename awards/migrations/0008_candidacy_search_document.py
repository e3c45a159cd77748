"""The repository's full-text document, kept by PostgreSQL itself.

Computing each practice's text-search vector at query time cost about a second per search over
5,000 practices (bench/repository.py); stored, a search reads them in a few milliseconds.
A trigger writes ``search_document`` whenever a candidacy's title, public summary, language or
organisation changes, and another rewrites an organisation's candidacies when its name or city
changes. Each candidacy is indexed in its own language's configuration (english, french,
spanish, portuguese; simple otherwise), as ``awards.search`` queries it. SQLite keeps the
column empty: the embedded search does not use it.

The SQL runs through ``PostgreSQLOnly``, a RunSQL that does nothing on another database:
RunSQL has no condition of its own, and the same SQL would fail on SQLite. Being a RunSQL, it
is reversible (``reverse_sql``) and ``sqlmigrate`` prints it.

``awards_search_config`` is STABLE, not IMMUTABLE: a text search configuration is a catalog
entry that can be altered or dropped, so the result of casting its name may change between
statements (an immutable function would let PostgreSQL fold a stale value into an index or
a plan).
"""

import django.contrib.postgres.search
from django.db import migrations

POSTGRESQL_FORWARD = """
CREATE OR REPLACE FUNCTION awards_search_config(language text) RETURNS regconfig AS $$
    SELECT CASE language
        WHEN 'en' THEN 'english'::regconfig
        WHEN 'fr' THEN 'french'::regconfig
        WHEN 'es' THEN 'spanish'::regconfig
        WHEN 'pt' THEN 'portuguese'::regconfig
        ELSE 'simple'::regconfig
    END;
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION awards_candidacy_search_document() RETURNS trigger AS $$
DECLARE
    config regconfig := awards_search_config(NEW.language);
    place text;
BEGIN
    SELECT coalesce(name, '') || ' ' || coalesce(city, '') INTO place
        FROM awards_organisation WHERE id = NEW.organisation_id;
    NEW.search_document :=
        setweight(to_tsvector(config, coalesce(NEW.title, '')), 'A')
        || setweight(to_tsvector(config, coalesce(place, '')), 'B')
        || setweight(to_tsvector(config, coalesce(NEW.public_summary, '')), 'C');
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER awards_candidacy_search_document
    BEFORE INSERT OR UPDATE OF title, public_summary, language, organisation_id
    ON awards_candidacy
    FOR EACH ROW EXECUTE FUNCTION awards_candidacy_search_document();

CREATE OR REPLACE FUNCTION awards_organisation_search_documents() RETURNS trigger AS $$
BEGIN
    UPDATE awards_candidacy SET title = title WHERE organisation_id = NEW.id;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER awards_organisation_search_documents
    AFTER UPDATE OF name, city ON awards_organisation
    FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.city IS DISTINCT FROM NEW.city)
    EXECUTE FUNCTION awards_organisation_search_documents();

UPDATE awards_candidacy SET title = title;
"""

POSTGRESQL_BACKWARD = """
DROP TRIGGER IF EXISTS awards_organisation_search_documents ON awards_organisation;
DROP FUNCTION IF EXISTS awards_organisation_search_documents();
DROP TRIGGER IF EXISTS awards_candidacy_search_document ON awards_candidacy;
DROP FUNCTION IF EXISTS awards_candidacy_search_document();
DROP FUNCTION IF EXISTS awards_search_config(text);
"""


class PostgreSQLOnly(migrations.RunSQL):
    """RunSQL on PostgreSQL; nothing elsewhere, both ways."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [("awards", "0007_public_vote_review")]

    operations = [
        migrations.AddField(
            model_name="candidacy",
            name="search_document",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        PostgreSQLOnly([POSTGRESQL_FORWARD], reverse_sql=[POSTGRESQL_BACKWARD]),
    ]
