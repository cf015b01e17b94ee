// The Compose screens. The same sources compile for the desktop JVM
// (android/desktop/pom.xml): no android.* API here, and only API that Compose 1.5 /
// Material 3 1.1.2 already had.
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.library) // Kotlin: AGP's built-in Kotlin
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "nl.signalenkaart.ui"
    compileSdk = 37 // Compose 1.12's libraries require compiling against 37
    defaultConfig { minSdk = 28 }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin { compilerOptions { jvmTarget = JvmTarget.JVM_17 } }

dependencies {
    api(project(":core"))
    api(platform(libs.compose.bom))
    api(libs.compose.ui)
    api(libs.compose.foundation)
    api(libs.compose.material3)
    implementation(libs.compose.material.icons.core)
}
