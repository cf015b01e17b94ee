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

/** A small phone (720×1600 at 2.0), the frame for Android's largest font scale. */
const val SMALL_PHONE_WIDTH_DP = 360
const val SMALL_PHONE_HEIGHT_DP = 800

/** Android's largest font scale (Settings > Display > Font size, Android 14 and later). */
const val MAX_FONT_SCALE = 2f

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
 * Writes build/screenshots/<screen>-<variant>.png for every screen of the home visit and
 * an index.html with one row per variant: <lang>-<light|dark>[-discreet], a few screens
 * at 1.5× font size (-font150), and every screen at 2× (-font200, Android's largest) on a
 * small phone.
 * Usage: mvn compile exec:java@screenshots (see scripts/screenshots.sh).
 */
fun main(args: Array<String>) {
    val out = File(args.firstOrNull() ?: System.getProperty("signalenkaart.screenshots", "build/screenshots"))
    out.deleteRecursively()
    out.mkdirs()
    val work = File(out, ".data")
    val started = System.nanoTime()
    val rows = linkedMapOf<String, MutableList<String>>()
    fun write(shot: Shot, variant: String, png: ByteArray) {
        val name = "${shot.name}-$variant"
        File(out, "$name.png").writeBytes(png)
        rows.getOrPut(variant, ::mutableListOf) += name
    }
    for (language in listOf(Language.NL, Language.EN)) {
        val lang = language.name.lowercase()
        for (discreet in listOf(false, true)) {
            val suffix = if (discreet) "-discreet" else ""
            for (shot in scenarioShots(work, language, discreet)) {
                for (dark in listOf(false, true)) {
                    write(shot, "$lang-${if (dark) "dark" else "light"}$suffix", renderPng(shot.view, dark))
                }
                if (discreet) continue
                if (shot.name in FONT_SCALE_SHOTS) {
                    write(shot, "$lang-light-font150", renderPng(shot.view, dark = false, fontScale = 1.5f))
                }
                val large = renderPng(
                    shot.view, dark = false,
                    widthDp = SMALL_PHONE_WIDTH_DP, heightDp = SMALL_PHONE_HEIGHT_DP, fontScale = MAX_FONT_SCALE,
                )
                write(shot, "$lang-light-font200", large)
            }
        }
    }
    work.deleteRecursively()
    File(out, "index.html").writeText(indexHtml(rows))
    val seconds = (System.nanoTime() - started) / 1e9
    println("wrote ${rows.values.sumOf { it.size }} screenshots to ${out.absolutePath} in ${"%.1f".format(seconds)} s")
}

private val FONT_SCALE_SHOTS = setOf("home", "signals", "case", "pin", "meldcode-case")

/** One row per variant, each screen in the visit's order. */
private fun indexHtml(rows: Map<String, List<String>>): String = buildString {
    append("<!doctype html><meta charset=utf-8><title>Signalenkaart screenshots</title>")
    append("<style>body{font-family:sans-serif}.row{display:flex;overflow-x:auto;align-items:flex-start}")
    // Half the frame's width in dp: the small phone's frames at the same scale as the others.
    append("figure{margin:8px;flex:none}img{width:${PHONE_WIDTH_DP / 2}px;border:1px solid #ccc}")
    append("[src*=font200]{width:${SMALL_PHONE_WIDTH_DP / 2}px}</style>")
    for ((variant, names) in rows) {
        append("<h2>$variant</h2><div class=row>")
        for (name in names) append("<figure><img src=\"$name.png\" loading=lazy><figcaption>$name</figcaption></figure>")
        append("</div>")
    }
}
