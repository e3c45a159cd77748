from django.db import migrations, models


def name_the_method(apps, schema_editor):
    """Snapshots frozen without normalisation say so by name."""
    RankingSnapshot = apps.get_model("reports", "RankingSnapshot")
    RankingSnapshot.objects.filter(normalise=False).update(method="none")


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="rankingsnapshot",
            name="method",
            field=models.CharField(
                choices=[
                    ("zscore", "Z-score of each juror"),
                    ("severity", "Severity model"),
                    ("none", "None"),
                ],
                default="zscore",
                max_length=10,
                verbose_name="normalisation",
            ),
        ),
        migrations.RunPython(name_the_method, migrations.RunPython.noop),
    ]
