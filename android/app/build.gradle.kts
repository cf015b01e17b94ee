import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.application) // Kotlin: AGP's built-in Kotlin
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "nl.signalenkaart.app"
    compileSdk = 37 // Compose 1.12 needs 37 to compile against; the runtime target stays 36
    // The NDK :core builds with; here it strips the native libraries' debug symbols.
    ndkVersion = libs.versions.ndk.get()
    defaultConfig {
        applicationId = "nl.signalenkaart"
        minSdk = 28 // StrongBox, setUnlockedDeviceRequired, Context.getMainExecutor
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
        // Only the ABIs the Rust core is built for: the JNA AAR brings seven.
        ndk { abiFilters += providers.gradleProperty("signalenkaart.abis").get().split(",") }
    }
    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"))
        }
    }
    packaging {
        // Uncompressed in the APK, stored 16 KB-aligned and loaded from it in place: what
        // devices with 16 KB pages need. AGP's default for minSdk 23+, said explicitly.
        jniLibs { useLegacyPackaging = false }
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    buildFeatures { compose = true }
}

kotlin { compilerOptions { jvmTarget = JvmTarget.JVM_17 } }

dependencies {
    implementation(project(":shared-ui"))
    implementation(libs.activity.compose)
    implementation(libs.androidx.biometric)
    implementation(libs.androidx.fragment)
}
