// The Rust core for Android: the cdylib built with cargo-ndk for three ABIs (SQLCipher
// with OpenSSL compiled from source: feature `vendored-openssl` of signalenkaart-ffi,
// which forwards it to signalenkaart-core), and the Kotlin bindings generated from that
// library by the workspace's pinned uniffi-bindgen. Nothing generated is committed.
plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.android)
}

val repoRoot: File = rootProject.projectDir.parentFile
val abis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")
val jniLibsDir = layout.buildDirectory.dir("rust/jniLibs")
val bindingsDir = File(repoRoot, "build/bindings/kotlin-android")
val minSdkVersion = 28

val cargoNdk by tasks.registering(Exec::class) {
    description = "Builds libsignalenkaart_ffi.so for ${abis.joinToString()} with cargo-ndk"
    workingDir = repoRoot
    inputs.files(fileTree(repoRoot) { include("Cargo.toml", "Cargo.lock", "core/**", "bindings/**"); exclude("**/target/**") })
    outputs.dir(jniLibsDir)
    val release = !gradle.startParameter.taskNames.any { it.contains("Debug", ignoreCase = true) }
    commandLine(
        listOf("cargo", "ndk") +
            abis.flatMap { listOf("-t", it) } +
            listOf("--platform", "$minSdkVersion", "-o", jniLibsDir.get().asFile.path, "build", "--locked") +
            (if (release) listOf("--release") else emptyList()) +
            listOf("-p", "signalenkaart-ffi", "--features", "vendored-openssl"),
    )
}

val generateBindings by tasks.registering(Exec::class) {
    description = "Generates the Kotlin bindings (Android flavour) from the arm64 library"
    dependsOn(cargoNdk)
    workingDir = repoRoot
    inputs.dir(jniLibsDir)
    outputs.dir(bindingsDir)
    doFirst { bindingsDir.deleteRecursively() }
    commandLine(
        "cargo", "run", "--locked", "-q", "-p", "signalenkaart-uniffi-bindgen", "--",
        "generate", "--library", jniLibsDir.get().file("arm64-v8a/libsignalenkaart_ffi.so").asFile.path,
        "--language", "kotlin", "--out-dir", bindingsDir.path, "--no-format",
        "--config", "bindings/uniffi-android.toml",
    )
}

android {
    namespace = "nl.signalenkaart.core"
    compileSdk = 36
    defaultConfig {
        minSdk = minSdkVersion
        ndk { abiFilters += abis }
        consumerProguardFiles("consumer-rules.pro")
    }
    sourceSets["main"].apply {
        kotlin.srcDir(bindingsDir)
        jniLibs.srcDir(jniLibsDir)
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin { jvmToolchain(17) }

tasks.named("preBuild") { dependsOn(generateBindings) }

dependencies {
    // JNA as an AAR: it carries libjnidispatch.so for each ABI.
    api(variantOf(libs.jna) { artifactType("aar") })
    implementation(libs.androidx.annotation)
}
