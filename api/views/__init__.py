"""The API's resources, app by app. Every queryset starts from the apps' visibility queries."""
