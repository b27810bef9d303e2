from django.urls import path

from reports import views

app_name = "reports"

urlpatterns = [
    path("pipelines/<int:pipeline_id>/results/", views.pipeline_results, name="pipeline_results"),
    path("pipelines/<int:pipeline_id>/results.csv", views.results_csv, name="results_csv"),
    path("pipelines/<int:pipeline_id>/compare/", views.compare, name="compare"),
    path("pipelines/<int:pipeline_id>/item-statistics/", views.item_statistics, name="item_statistics"),
    path("pipelines/<int:pipeline_id>/blind-review/", views.blind_review, name="blind_review"),
    path("reports/applications/<int:application_id>/", views.application_report, name="application_report"),
    path(
        "reports/applications/<int:application_id>/report.pdf",
        views.application_report_pdf,
        name="application_report_pdf",
    ),
    path("reports/applications/<int:application_id>/decision/", views.decision, name="decision"),
]
