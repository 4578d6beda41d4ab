// before the second build Oxen publishes a new version of the schema
context.oxen.load('routes.2.json')
