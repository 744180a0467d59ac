"""The Qt user interface: thin views over app.domain."""
