"""Resume codes are kept as keyed hashes (HMAC-SHA256 with the secret key), not in clear.

The codes given so far are hashed here, so that they keep working until they expire;
then the clear column is dropped.
"""

from django.db import migrations, models
from django.utils.crypto import salted_hmac


def _hash(code: str) -> str:
    # The same as modules.models.resume_code_hash at the time of writing (a migration
    # must not import code that may change later).
    normal = "".join(ch for ch in code.upper() if ch.isascii() and ch.isalnum())
    return salted_hmac("modules.resume_code", normal, algorithm="sha256").hexdigest()


def hash_codes(apps, schema_editor):
    ResumeCode = apps.get_model("modules", "ResumeCode")
    for saved in ResumeCode.objects.only("pk", "code").iterator():
        ResumeCode.objects.filter(pk=saved.pk).update(code_hash=_hash(saved.code))


class Migration(migrations.Migration):
    dependencies = [("modules", "0003_answers_per_question_and_published_fingerprint")]

    operations = [
        migrations.AddField(
            model_name="resumecode",
            name="code_hash",
            field=models.CharField(max_length=64, null=True, verbose_name="code (keyed hash)"),
        ),
        # Codes cannot be found back from their hashes: there is nothing to undo to.
        migrations.RunPython(hash_codes, migrations.RunPython.noop, elidable=False),
        migrations.RemoveField(model_name="resumecode", name="code"),
        migrations.AlterField(
            model_name="resumecode",
            name="code_hash",
            field=models.CharField(max_length=64, unique=True, verbose_name="code (keyed hash)"),
        ),
    ]
