from django.urls import path

from interviews import views

app_name = "interviews"

urlpatterns = [
    path("", views.interview_list, name="interview_list"),
    path("<int:interview_id>/", views.interview_detail, name="interview_detail"),
    path("<int:interview_id>/scorecard/autosave/", views.scorecard_autosave, name="scorecard_autosave"),
    path("scorecards/<int:scorecard_id>/history/", views.scorecard_history, name="scorecard_history"),
    path("applications/<int:application_id>/", views.application_interviews, name="application_interviews"),
    path("applications/<int:application_id>/schedule/", views.interview_schedule, name="interview_schedule"),
    path("pipelines/<int:pipeline_id>/kit/", views.kit, name="kit"),
    path("pipelines/<int:pipeline_id>/kit/print/", views.kit_print, name="kit_print"),
    path("pipelines/<int:pipeline_id>/calibration/", views.calibration, name="calibration"),
]
