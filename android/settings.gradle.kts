// The Android app. Built on a developer machine with the Android SDK, the NDK, Rust
// (rustup targets for the three ABIs) and cargo-ndk; see android/README.md.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "signalenkaart"

include(":core")      // the Rust core: cargo-ndk libraries + generated Kotlin bindings
include(":shared-ui") // the Compose screens, shared with the desktop build
include(":app")       // the activity and the platform glue
