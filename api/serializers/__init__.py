"""What the API says about each resource, app by app. Rules live in the services and queries."""
