"""The database itself refuses to change or delete a transition record.

PostgreSQL refuses UPDATE and DELETE with a row trigger (TRUNCATE, used only to empty a test
database, is a table operation and passes). SQLite refuses UPDATE; its DELETE is left to the
model, the queryset and the admin, because Django empties SQLite test databases row by row.
"""

from django.db import migrations

POSTGRESQL_FORWARD = """
CREATE OR REPLACE FUNCTION awards_refuse_record_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'transition records are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER awards_transitionrecord_append_only
    BEFORE UPDATE OR DELETE ON awards_transitionrecord
    FOR EACH ROW EXECUTE FUNCTION awards_refuse_record_change();
"""
POSTGRESQL_BACKWARD = """
DROP TRIGGER IF EXISTS awards_transitionrecord_append_only ON awards_transitionrecord;
DROP FUNCTION IF EXISTS awards_refuse_record_change();
"""
SQLITE_FORWARD = """
CREATE TRIGGER awards_transitionrecord_append_only
BEFORE UPDATE ON awards_transitionrecord
BEGIN
    SELECT RAISE(ABORT, 'transition records are append-only');
END;
"""
SQLITE_BACKWARD = "DROP TRIGGER IF EXISTS awards_transitionrecord_append_only;"


def install(apps, schema_editor):
    sql = {"postgresql": POSTGRESQL_FORWARD, "sqlite": SQLITE_FORWARD}.get(
        schema_editor.connection.vendor
    )
    if sql:
        schema_editor.execute(sql)


def uninstall(apps, schema_editor):
    sql = {"postgresql": POSTGRESQL_BACKWARD, "sqlite": SQLITE_BACKWARD}.get(
        schema_editor.connection.vendor
    )
    if sql:
        schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("awards", "0001_initial")]

    operations = [migrations.RunPython(install, uninstall)]
