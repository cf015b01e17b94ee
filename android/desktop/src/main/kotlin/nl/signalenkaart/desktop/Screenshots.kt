package nl.signalenkaart.desktop

import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import androidx.compose.ui.use
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.ViewModel
import nl.signalenkaart.ui.AppScreen
import nl.signalenkaart.ui.SignalenkaartTheme
import nl.signalenkaart.ui.neutralLook
import org.jetbrains.skia.EncodedImageFormat
import java.io.File

/** A phone-sized frame, in dp: a common 6.7" Android phone (1080×2400 at 2.625). */
const val PHONE_WIDTH_DP = 412
const val PHONE_HEIGHT_DP = 915

/**
 * Renders one view model as the app draws it, headless, into a PNG.
 * Rendered twice: the first frame settles the layout.
 */
fun renderPng(
    view: ViewModel,
    dark: Boolean,
    widthDp: Int = PHONE_WIDTH_DP,
    heightDp: Int = PHONE_HEIGHT_DP,
    density: Float = 2f,
    fontScale: Float = 1f,
): ByteArray =
    ImageComposeScene(
        width = (widthDp * density).toInt(),
        height = (heightDp * density).toInt(),
        density = Density(density, fontScale),
    ) {
        SignalenkaartTheme(dark = dark, discreet = neutralLook(view)) { AppScreen(view, send = {}) }
    }.use { scene ->
        scene.render(0)
        scene.render(1_000_000_000L).encodeToData(EncodedImageFormat.PNG)!!.bytes
    }

/** The home visit's screens, per language and discreet mode, from a fresh vault each. */
fun scenarioShots(work: File, language: Language, discreet: Boolean): List<Shot> {
    val dir = File(work, "${language.name.lowercase()}${if (discreet) "-discreet" else ""}")
    dir.deleteRecursively()
    val clock = FixedClock()
    val core = desktopCore(dir, language, clock)
    return core.use { Scenario(it, clock).run(discreet) }
}

/**
 * Writes build/screenshots/<screen>-<lang>-<light|dark>[-discreet].png for every screen
 * of the home visit, plus a few at 1.5× font size (-font150), and an index.html.
 * Usage: mvn compile exec:java@screenshots (see scripts/screenshots.sh).
 */
fun main(args: Array<String>) {
    val out = File(args.firstOrNull() ?: System.getProperty("signalenkaart.screenshots", "build/screenshots"))
    out.deleteRecursively()
    out.mkdirs()
    val work = File(out, ".data")
    val started = System.nanoTime()
    val written = mutableListOf<String>()
    fun write(name: String, png: ByteArray) {
        File(out, "$name.png").writeBytes(png)
        written += name
    }
    for (language in listOf(Language.NL, Language.EN)) {
        val lang = language.name.lowercase()
        for (discreet in listOf(false, true)) {
            val suffix = if (discreet) "-discreet" else ""
            for (shot in scenarioShots(work, language, discreet)) {
                for (dark in listOf(false, true)) {
                    write("${shot.name}-$lang-${if (dark) "dark" else "light"}$suffix", renderPng(shot.view, dark))
                }
                if (!discreet && shot.name in FONT_SCALE_SHOTS) {
                    write("${shot.name}-$lang-light-font150", renderPng(shot.view, dark = false, fontScale = 1.5f))
                }
            }
        }
    }
    work.deleteRecursively()
    File(out, "index.html").writeText(indexHtml(written))
    val seconds = (System.nanoTime() - started) / 1e9
    println("wrote ${written.size} screenshots to ${out.absolutePath} in ${"%.1f".format(seconds)} s")
}

private val FONT_SCALE_SHOTS = setOf("home", "signals", "case", "pin", "meldcode-case")

private fun indexHtml(names: List<String>): String = buildString {
    append("<!doctype html><meta charset=utf-8><title>Signalenkaart screenshots</title>")
    append("<style>body{font-family:sans-serif}figure{display:inline-block;margin:8px}img{width:206px;border:1px solid #ccc}</style>")
    for (name in names) append("<figure><img src=\"$name.png\" loading=lazy><figcaption>$name</figcaption></figure>")
}
