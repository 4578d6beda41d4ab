// Stops the fake Oxen of this IT (see fake-oxen.groovy); safe to run when it never started.
def oxen = context.get('oxen')
if (oxen != null) {
    oxen.close()
}
