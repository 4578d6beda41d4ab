// before the second build Oxen publishes a new version of the schema
context.loadOxenRoutes('routes.2.json')
