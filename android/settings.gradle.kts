// The Android app. Built on a developer machine with Android Studio, the Android SDK, the
// NDK, Rust (rustup targets for the three ABIs) and cargo-ndk; see android/README.md.
// No Java toolchain is requested (so no toolchain resolver here): Android code compiles
// against android.jar, not a JDK's class library, and every module sets Java/Kotlin
// bytecode 17 itself; the JDK that runs Gradle (17 or newer, e.g. Studio's) does the rest.
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
