// The Rust core for Android: the cdylib built with cargo-ndk for the app's ABIs (SQLCipher
// with OpenSSL compiled from source: feature `vendored-openssl` of signalenkaart-ffi,
// which forwards it to signalenkaart-core), and the Kotlin bindings generated from that
// library by the workspace's pinned uniffi-bindgen. Nothing generated is committed.
import java.io.ByteArrayOutputStream
import javax.inject.Inject
import org.gradle.process.ExecOperations
import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.library) // Kotlin: AGP's built-in Kotlin
}

val repoDir: File = rootProject.projectDir.parentFile
val appAbis = providers.gradleProperty("signalenkaart.abis").get().split(",")
val rustTriples = mapOf(
    "arm64-v8a" to "aarch64-linux-android",
    "armeabi-v7a" to "armv7-linux-androideabi",
    "x86_64" to "x86_64-linux-android",
    "x86" to "i686-linux-android",
)
val jniLibsDir = layout.buildDirectory.dir("rust/jniLibs")
val bindingsDir = File(repoDir, "build/bindings/kotlin-android")
val minSdkVersion = 28
val releaseBuild = !gradle.startParameter.taskNames.any { it.contains("Debug", ignoreCase = true) }

// Cargo by path, not by name: Android Studio started from the Dock or a desktop launcher
// does not have ~/.cargo/bin on its PATH. First the `signalenkaart.cargo` property
// (-P, ~/.gradle/gradle.properties or android/local.properties), else
// $CARGO_HOME/bin/cargo, else ~/.cargo/bin/cargo (rustup's default).
val exe = if (providers.systemProperty("os.name").get().startsWith("Windows")) ".exe" else ""
val cargoSetting: String? = providers.gradleProperty("signalenkaart.cargo").orNull
    ?: providers.fileContents(rootProject.layout.projectDirectory.file("local.properties")).asText.orNull
        ?.let { text -> java.util.Properties().apply { load(text.reader()) }.getProperty("signalenkaart.cargo") }
val cargoPaths: List<String> = cargoSetting?.let(::listOf) ?: listOfNotNull(
    providers.environmentVariable("CARGO_HOME").orNull?.let { "$it/bin/cargo$exe" },
    providers.systemProperty("user.home").get() + "/.cargo/bin/cargo$exe",
)

/** Runs cargo, found as above, in the repository with cargo's directory first on PATH. */
abstract class CargoTask : DefaultTask() {
    @get:Inject abstract val execOps: ExecOperations
    @get:Internal abstract val cargoCandidates: ListProperty<String>
    @get:Internal abstract val cargoIsSet: Property<Boolean>
    @get:Internal abstract val repoRoot: DirectoryProperty

    protected fun cargo(): File {
        val candidates = cargoCandidates.get()
        candidates.map(::File).firstOrNull { it.isFile }?.let { return it }
        throw GradleException(
            if (cargoIsSet.get()) {
                "signalenkaart.cargo is set to ${candidates.single()}, which does not exist."
            } else {
                "cargo not found (looked for ${candidates.joinToString(" and ")}). Install Rust " +
                    "with rustup (https://rustup.rs), or set signalenkaart.cargo=/path/to/cargo " +
                    "in android/local.properties."
            },
        )
    }

    /** PATH with cargo's directory first: there cargo finds cargo-ndk and rustup's rustc. */
    protected fun pathWith(cargo: File): String =
        cargo.parentFile.path + File.pathSeparator + (System.getenv("PATH") ?: "")

    /** Runs [args] in the repository with [pathWith] ([cargo]) and [env]; returns its stdout. */
    protected fun command(cargo: File, args: List<String>, env: Map<String, String> = emptyMap()): String {
        val out = ByteArrayOutputStream()
        execOps.exec {
            workingDir = repoRoot.get().asFile
            commandLine(args)
            environment("PATH", pathWith(cargo))
            environment(env)
            standardOutput = out
        }
        return out.toString()
    }
}

/** `cargo ndk build` for the ABIs into [outputDir] (one directory per ABI). */
abstract class CargoNdkBuild : CargoTask() {
    @get:Input abstract val abis: ListProperty<String>
    @get:Input abstract val triples: ListProperty<String>
    @get:Input abstract val platform: Property<Int>
    @get:Input abstract val release: Property<Boolean>
    @get:Internal abstract val ndkDirectory: DirectoryProperty
    @get:OutputDirectory abstract val outputDir: DirectoryProperty

    @TaskAction
    fun build() {
        // Either would replace the per-target flags below (cargo uses the first of
        // CARGO_ENCODED_RUSTFLAGS, RUSTFLAGS, target.<triple>.rustflags).
        for (name in listOf("CARGO_ENCODED_RUSTFLAGS", "RUSTFLAGS")) {
            if (System.getenv(name) != null) {
                throw GradleException("$name is set; it would drop the 16 KB page alignment flag " +
                    "of the Android libraries. Unset it for the Android build.")
            }
        }
        val cargo = cargo()
        val ndkBin = "cargo-ndk" + (if (cargo.name.endsWith(".exe")) ".exe" else "")
        // Where cargo looks for a subcommand: $CARGO_HOME/bin, then PATH (ours: cargo's directory first).
        val cargoHome = System.getenv("CARGO_HOME")?.let(::File) ?: File(System.getProperty("user.home"), ".cargo")
        val searched = listOf(File(cargoHome, "bin"), cargo.parentFile) +
            (System.getenv("PATH") ?: "").split(File.pathSeparator).filter { it.isNotEmpty() }.map(::File)
        if (searched.none { File(it, ndkBin).isFile }) {
            throw GradleException("cargo-ndk not found next to ${cargo.path} or on PATH. Install " +
                "it with: ${cargo.path} install cargo-ndk --version 4.1.2 --locked")
        }
        val env = mutableMapOf("ANDROID_NDK_HOME" to ndkDirectory.get().asFile.path)
        // 16 KB pages: NDK r28+ links that way by default, but the flag is given anyway so
        // the alignment does not depend on which NDK is installed. Per target, so the host
        // build (the bindgen) is not rebuilt with it.
        for (triple in triples.get()) {
            val key = "CARGO_TARGET_" + triple.uppercase().replace('-', '_') + "_RUSTFLAGS"
            env[key] = "-C link-arg=-Wl,-z,max-page-size=16384"
        }
        command(
            cargo,
            listOf(cargo.path, "ndk") + abis.get().flatMap { listOf("-t", it) } +
                listOf("--platform", "${platform.get()}", "-o", outputDir.get().asFile.path) +
                listOf("build", "--locked") + (if (release.get()) listOf("--release") else emptyList()) +
                listOf("-p", "signalenkaart-ffi", "--features", "vendored-openssl"),
            env,
        ).let(logger::info)
    }
}

/**
 * The Kotlin bindings from the library as cargo linked it (target/<triple>/<profile>),
 * not cargo-ndk's copy: that copy may be stripped (cargo-ndk 3.x strips by default), and
 * uniffi-bindgen then finds no metadata in it.
 */
abstract class GenerateBindings : CargoTask() {
    @get:Input abstract val triple: Property<String>
    @get:Input abstract val release: Property<Boolean>
    @get:InputDirectory @get:PathSensitive(PathSensitivity.RELATIVE) abstract val jniLibs: DirectoryProperty
    @get:InputFile @get:PathSensitive(PathSensitivity.RELATIVE) abstract val config: RegularFileProperty
    @get:OutputDirectory abstract val outputDir: DirectoryProperty

    @TaskAction
    fun generate() {
        val cargo = cargo()
        // Cargo's target directory as cargo resolves it (CARGO_TARGET_DIR, .cargo/config.toml),
        // from the one script that names it for every build script of the repository.
        val targetDir = command(cargo, listOf("bash", "scripts/cargo-target-dir.sh")).trim()
        val profile = if (release.get()) "release" else "debug"
        val library = File(targetDir, "${triple.get()}/$profile/libsignalenkaart_ffi.so")
        if (!library.isFile) throw GradleException("$library not found: did cargo ndk build it?")
        val out = outputDir.get().asFile
        out.deleteRecursively()
        command(
            cargo,
            listOf(
                cargo.path, "run", "--locked", "-q", "-p", "signalenkaart-uniffi-bindgen", "--",
                "generate", "--library", library.path, "--language", "kotlin",
                "--out-dir", out.path, "--no-format", "--config", config.get().asFile.path,
            ),
        )
    }
}

val cargoNdk by tasks.registering(CargoNdkBuild::class) {
    description = "Builds libsignalenkaart_ffi.so for ${appAbis.joinToString()} with cargo-ndk"
    cargoCandidates.set(cargoPaths)
    cargoIsSet.set(cargoSetting != null)
    repoRoot.set(repoDir)
    abis.set(appAbis)
    triples.set(appAbis.map { rustTriples.getValue(it) })
    platform.set(minSdkVersion)
    release.set(releaseBuild)
    ndkDirectory.set(androidComponents.sdkComponents.ndkDirectory)
    outputDir.set(jniLibsDir)
    inputs.files(fileTree(repoDir) { include("Cargo.toml", "Cargo.lock", ".cargo/**", "core/**", "bindings/**"); exclude("**/target/**") })
        .withPropertyName("rustSources").withPathSensitivity(PathSensitivity.RELATIVE)
}

val generateBindings by tasks.registering(GenerateBindings::class) {
    description = "Generates the Kotlin bindings (Android flavour) from the arm64 library"
    cargoCandidates.set(cargoPaths)
    cargoIsSet.set(cargoSetting != null)
    repoRoot.set(repoDir)
    triple.set(rustTriples.getValue("arm64-v8a"))
    release.set(releaseBuild)
    jniLibs.set(cargoNdk.flatMap { it.outputDir })
    config.set(File(repoDir, "bindings/uniffi-android.toml"))
    outputDir.set(bindingsDir)
}

android {
    namespace = "nl.signalenkaart.core"
    compileSdk = 37 // Compose 1.12 (shared-ui) needs 37; targetSdk stays 36 (app)
    ndkVersion = libs.versions.ndk.get()
    defaultConfig {
        minSdk = minSdkVersion
        ndk { abiFilters += appAbis }
        consumerProguardFiles("consumer-rules.pro")
    }
    sourceSets.getByName("main") {
        kotlin.srcDir(bindingsDir)
        jniLibs.srcDir(jniLibsDir)
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
}

kotlin { compilerOptions { jvmTarget = JvmTarget.JVM_17 } }

tasks.named("preBuild") { dependsOn(generateBindings) }

dependencies {
    // JNA as an AAR: it carries libjnidispatch.so for each ABI.
    api(variantOf(libs.jna) { artifactType("aar") })
    implementation(libs.androidx.annotation)
}
