package nl.signalenkaart.ui

import androidx.compose.material3.ColorScheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Typography
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.Immutable
import androidx.compose.runtime.remember
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.isSpecified
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.ViewModel

/** The colours of the call button: the one thing on every screen that must stand out. */
@Immutable
data class CallColors(val container: Color, val content: Color)

/** The call button's colours for the current theme. */
val LocalCallColors = staticCompositionLocalOf { CallColors(Color(0xFF1B6B3A), Color.White) }

// A calm teal: readable in a dim living room, nothing that looks like an alarm.
private val CalmLight = lightColorScheme(
    primary = Color(0xFF0B5C6B),
    onPrimary = Color.White,
    primaryContainer = Color(0xFFCDE8EE),
    onPrimaryContainer = Color(0xFF00323B),
    secondary = Color(0xFF4A6268),
    onSecondary = Color.White,
    secondaryContainer = Color(0xFFDCE7EA),
    onSecondaryContainer = Color(0xFF1B2C30),
    tertiary = Color(0xFF5A5C7E),
    onTertiary = Color.White,
    tertiaryContainer = Color(0xFFE0E0FF),
    onTertiaryContainer = Color(0xFF171937),
    background = Color(0xFFF7FAFB),
    onBackground = Color(0xFF171C1E),
    surface = Color(0xFFF7FAFB),
    onSurface = Color(0xFF171C1E),
    surfaceVariant = Color(0xFFE2EAEC),
    onSurfaceVariant = Color(0xFF3C4649),
    outline = Color(0xFF6B7679),
    error = Color(0xFFB3261E),
    onError = Color.White,
    errorContainer = Color(0xFFF9DEDC),
    onErrorContainer = Color(0xFF410E0B),
)

private val CalmDark = darkColorScheme(
    primary = Color(0xFF8BD0DF),
    onPrimary = Color(0xFF00363F),
    primaryContainer = Color(0xFF004E5B),
    onPrimaryContainer = Color(0xFFCDE8EE),
    secondary = Color(0xFFB1CBD1),
    onSecondary = Color(0xFF1C3438),
    secondaryContainer = Color(0xFF334A4F),
    onSecondaryContainer = Color(0xFFCDE7ED),
    tertiary = Color(0xFFC3C3EA),
    onTertiary = Color(0xFF2C2D4D),
    tertiaryContainer = Color(0xFF424465),
    onTertiaryContainer = Color(0xFFE0E0FF),
    background = Color(0xFF0F1416),
    onBackground = Color(0xFFDEE3E5),
    surface = Color(0xFF0F1416),
    onSurface = Color(0xFFDEE3E5),
    surfaceVariant = Color(0xFF3C4649),
    onSurfaceVariant = Color(0xFFC0C8CB),
    outline = Color(0xFF929A9D),
    error = Color(0xFFF2B8B5),
    onError = Color(0xFF601410),
    errorContainer = Color(0xFF8C1D18),
    onErrorContainer = Color(0xFFF9DEDC),
)

// Discreet mode: plain greys, so a glance at the screen suggests a generic notes app.
private val NeutralLight = lightColorScheme(
    primary = Color(0xFF45494C),
    onPrimary = Color.White,
    primaryContainer = Color(0xFFE1E3E5),
    onPrimaryContainer = Color(0xFF1A1C1E),
    secondary = Color(0xFF5C5F62),
    onSecondary = Color.White,
    secondaryContainer = Color(0xFFE3E4E6),
    onSecondaryContainer = Color(0xFF1A1C1E),
    tertiary = Color(0xFF5C5F62),
    onTertiary = Color.White,
    tertiaryContainer = Color(0xFFE3E4E6),
    onTertiaryContainer = Color(0xFF1A1C1E),
    background = Color(0xFFF8F8F8),
    onBackground = Color(0xFF1A1C1E),
    surface = Color(0xFFF8F8F8),
    onSurface = Color(0xFF1A1C1E),
    surfaceVariant = Color(0xFFE5E6E8),
    onSurfaceVariant = Color(0xFF43474A),
    outline = Color(0xFF73777A),
    error = Color(0xFFB3261E),
    onError = Color.White,
    errorContainer = Color(0xFFF9DEDC),
    onErrorContainer = Color(0xFF410E0B),
)

private val NeutralDark = darkColorScheme(
    primary = Color(0xFFC5C7CA),
    onPrimary = Color(0xFF2E3133),
    primaryContainer = Color(0xFF45494C),
    onPrimaryContainer = Color(0xFFE1E3E5),
    secondary = Color(0xFFC5C7CA),
    onSecondary = Color(0xFF2E3133),
    secondaryContainer = Color(0xFF3A3D40),
    onSecondaryContainer = Color(0xFFE1E3E5),
    tertiary = Color(0xFFC5C7CA),
    onTertiary = Color(0xFF2E3133),
    tertiaryContainer = Color(0xFF3A3D40),
    onTertiaryContainer = Color(0xFFE1E3E5),
    background = Color(0xFF121415),
    onBackground = Color(0xFFE2E2E4),
    surface = Color(0xFF121415),
    onSurface = Color(0xFFE2E2E4),
    surfaceVariant = Color(0xFF43474A),
    onSurfaceVariant = Color(0xFFC4C7CA),
    outline = Color(0xFF969A9D),
    error = Color(0xFFF2B8B5),
    onError = Color(0xFF601410),
    errorContainer = Color(0xFF8C1D18),
    onErrorContainer = Color(0xFFF9DEDC),
)

/**
 * Whether to draw [view] in the neutral greys: in discreet mode, and always on the
 * neutral screen after a quick exit, which must look like nothing in particular.
 */
fun neutralLook(view: ViewModel): Boolean = view.discreet || view.screen is Screen.Neutral

/**
 * The colours of the theme for [dark] and [discreet]; a test checks their contrast:
 * 4.5:1 for text, 3:1 for what marks a control (outlines, fills, checkboxes).
 */
fun appColorScheme(dark: Boolean, discreet: Boolean): ColorScheme = when {
    discreet && dark -> NeutralDark
    discreet -> NeutralLight
    dark -> CalmDark
    else -> CalmLight
}

/** The call button's colours for [dark] and [discreet]: at least 4.5:1 for its text. */
fun appCallColors(dark: Boolean, discreet: Boolean): CallColors = when {
    discreet && dark -> CallColors(Color(0xFFD8DADC), Color(0xFF1A1C1E))
    discreet -> CallColors(Color(0xFF2E3133), Color.White)
    dark -> CallColors(Color(0xFF8FDBA5), Color(0xFF00391A))
    else -> CallColors(Color(0xFF1B6B3A), Color.White)
}

/**
 * This style, growing with the user's font size by at most half (about what Android 14's
 * non-linear font scaling does for large text, where the platform applies it): for text
 * that is large already, such as headings, or that must leave room, such as the title bar.
 */
fun TextStyle.grownAtMostHalf(density: Density): TextStyle = grownAtMost(density, 1.5f)

/** This style, growing with the user's font size to at most [factor] times its size. */
fun TextStyle.grownAtMost(density: Density, factor: Float): TextStyle = with(density) {
    val largest = (fontSize.value * factor).dp
    if (fontSize.toDp() <= largest) return this@grownAtMost
    val shrink = largest / fontSize.toDp()
    copy(fontSize = fontSize * shrink, lineHeight = if (lineHeight.isSpecified) lineHeight * shrink else lineHeight)
}

/**
 * Material's type scale, the heading styles the screens use (see [Heading]) growing by
 * at most half: at 200 % a screen's heading alone would fill the first screen.
 */
fun appTypography(density: Density): Typography = with(Typography()) {
    copy(headlineSmall = headlineSmall.grownAtMostHalf(density), titleLarge = titleLarge.grownAtMostHalf(density))
}

/**
 * The app's theme. [dark] follows the system setting; [discreet] comes from the view
 * model and swaps the calm teal for plain greys.
 */
@Composable
fun SignalenkaartTheme(dark: Boolean, discreet: Boolean, content: @Composable () -> Unit) {
    val density = LocalDensity.current
    CompositionLocalProvider(LocalCallColors provides appCallColors(dark, discreet)) {
        MaterialTheme(
            colorScheme = appColorScheme(dark, discreet),
            typography = remember(density) { appTypography(density) },
            content = content,
        )
    }
}
