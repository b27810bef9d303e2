from django.urls import path

from candidates import views

app_name = "candidates"

urlpatterns = [
    path("", views.pipeline_list, name="pipeline_list"),
    path("new/", views.pipeline_create, name="pipeline_create"),
    path("<int:pipeline_id>/", views.pipeline_detail, name="pipeline_detail"),
    path("<int:pipeline_id>/edit/", views.pipeline_edit, name="pipeline_edit"),
    path("<int:pipeline_id>/archive/", views.pipeline_archive, name="pipeline_archive"),
    path("<int:pipeline_id>/invite/", views.pipeline_invite, name="pipeline_invite"),
    path("<int:pipeline_id>/bulk/", views.pipeline_bulk, name="pipeline_bulk"),
    path("<int:pipeline_id>/candidates/add/", views.candidate_add, name="candidate_add"),
    path("<int:pipeline_id>/candidates/import/", views.candidates_import, name="candidates_import"),
    path("candidates/<uuid:candidate_id>/", views.candidate_detail, name="candidate_detail"),
    path("applications/<int:application_id>/resend/", views.application_resend, name="application_resend"),
    path("applications/<int:application_id>/revoke/", views.application_revoke, name="application_revoke"),
    path("applications/<int:application_id>/extend/", views.application_extend, name="application_extend"),
    path(
        "applications/<int:application_id>/extra-time/",
        views.application_extra_time,
        name="application_extra_time",
    ),
    path("applications/<int:application_id>/remind/", views.application_remind, name="application_remind"),
    path("applications/<int:application_id>/stage/", views.application_stage, name="application_stage"),
]
