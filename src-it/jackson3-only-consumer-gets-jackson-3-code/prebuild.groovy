evaluate(new File(itSupport, 'fake-oxen.groovy'))
