from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("awards", "0008_candidacy_search_document")]

    operations = [
        migrations.AddField(
            model_name="round",
            name="preferential_ballots",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "Jurors also rank the finalists, best first; the ballots are counted by "
                    "Schulze and Borda beside the scores."
                ),
                verbose_name="preferential ballots",
            ),
        ),
    ]
