evaluate(new File(itSupport, 'fake-oxen.groovy'))

context.put('snapshotsBefore', ['flux-1-dev', 'qwen-image-edit'].collectEntries { [(it): new File(basedir, "src/main/oxen/${it}.json").bytes] })
