// AGP 9 compiles Kotlin itself (built-in Kotlin), so no module applies
// org.jetbrains.kotlin.android. AGP depends on Kotlin Gradle plugin 2.2.10 at least; this
// classpath entry raises it to the catalog's Kotlin (AGP 9.0 release notes: "To use a
// higher version of KGP ... add the following to your top-level build file").
buildscript {
    repositories { mavenCentral() }
    dependencies { classpath(libs.kotlin.gradle.plugin) }
}

plugins {
    alias(libs.plugins.android.application) apply false
    alias(libs.plugins.android.library) apply false
    alias(libs.plugins.kotlin.compose) apply false
}
