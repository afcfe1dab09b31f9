"""Count answers per question instead of ticks per answer; remember what was published.

AnswerDayCount counted each ticked choice, so a multiple-choice answer that missed a right
choice was not counted wrong. QuestionDayCount counts answers, right or wrong as the parent
was told. The old counts are carried over where they say exactly that: a question with one
right answer (or true/false) gets one tick per answer, so its ticks are its answers and the
ticks of wrong choices its wrong answers. The ticks of multiple-choice questions cannot be
turned into answers and are dropped.

Modules published now get the fingerprint of their current content, so that publishing
them again without a change does not raise their version.
"""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import Q, Sum


def carry_over_single_answer_counts(apps, schema_editor):
    AnswerDayCount = apps.get_model("modules", "AnswerDayCount")
    QuestionDayCount = apps.get_model("modules", "QuestionDayCount")
    rows = (
        AnswerDayCount.objects.exclude(choice__step__question_type="multiple")
        .values("choice__step", "day")
        .annotate(
            answers=Sum("count"),
            wrong=Sum("count", filter=Q(choice__is_correct=False), default=0),
        )
        .order_by()
    )
    QuestionDayCount.objects.bulk_create(
        QuestionDayCount(
            step_id=row["choice__step"], day=row["day"], answers=row["answers"], wrong=row["wrong"]
        )
        for row in rows
        if row["answers"]
    )


def fingerprint_published_modules(apps, schema_editor):
    from modules.services import content_fingerprint

    Module = apps.get_model("modules", "Module")
    for module in Module.objects.filter(status="published"):
        module.published_fingerprint = content_fingerprint(module)
        module.save(update_fields=["published_fingerprint"])


class Migration(migrations.Migration):
    dependencies = [
        ("modules", "0002_steps_quiz_progress"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="moduledaycount",
            options={
                "verbose_name": "module use per day",
                "verbose_name_plural": "Use of the modules",
            },
        ),
        migrations.AddField(
            model_name="module",
            name="published_fingerprint",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Tells whether the content changed since the last version was published.",
                max_length=64,
                verbose_name="fingerprint of the published content",
            ),
        ),
        migrations.CreateModel(
            name="QuestionDayCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.DateField(verbose_name="day")),
                ("answers", models.PositiveIntegerField(default=0, verbose_name="answers")),
                ("wrong", models.PositiveIntegerField(default=0, verbose_name="wrong answers")),
                (
                    "step",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="answer_counts",
                        to="modules.step",
                        verbose_name="question",
                    ),
                ),
            ],
            options={
                "verbose_name": "answers per question per day",
                "verbose_name_plural": "answers per question per day",
            },
        ),
        migrations.AddConstraint(
            model_name="questiondaycount",
            constraint=models.UniqueConstraint(
                fields=("step", "day"), name="question_day_count_unique"
            ),
        ),
        migrations.RunPython(carry_over_single_answer_counts, migrations.RunPython.noop),
        migrations.RunPython(fingerprint_published_modules, migrations.RunPython.noop),
        migrations.DeleteModel(
            name="AnswerDayCount",
        ),
    ]
