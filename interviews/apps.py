from django.apps import AppConfig


class InterviewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "interviews"

    def ready(self) -> None:
        from accounts.dashboard import dashboard_panel_register
        from interviews.dashboard import upcoming_interviews_panel

        dashboard_panel_register("interviews.upcoming", upcoming_interviews_panel, order=5)
