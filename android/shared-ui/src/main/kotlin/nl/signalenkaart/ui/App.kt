package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.WindowInsets
import androidx.compose.foundation.layout.WindowInsetsSides
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.only
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawing
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.layout.windowInsetsPadding
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.ArrowBack
import androidx.compose.material.icons.filled.Call
import androidx.compose.material.icons.filled.Lock
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Scaffold
import androidx.compose.material3.Surface
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.style.LineBreak
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.CallButton
import nl.signalenkaart.core.Notice
import nl.signalenkaart.core.NoticeKind
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.ViewModel

/**
 * What the Android activity and the desktop window show: the app once the core runs,
 * the core's words for a failed start with its retry, a blank neutral screen before.
 */
@Composable
fun SignalenkaartRoot(launcher: Launcher, dark: Boolean) {
    when (val state = launcher.state) {
        is LaunchState.Running -> SignalenkaartApp(state.store, dark)
        is LaunchState.Failed -> SignalenkaartTheme(dark = dark, discreet = true) {
            StartFailureScreen(state.failure, onRetry = launcher::start)
        }
        LaunchState.Starting -> SignalenkaartTheme(dark = dark, discreet = true) {
            Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {}
        }
    }
}

/** The app bound to its store, once the core runs. */
@Composable
fun SignalenkaartApp(store: Store, dark: Boolean) {
    SignalenkaartTheme(dark = dark, discreet = neutralLook(store.view)) {
        CompositionLocalProvider(LocalCoreIdle provides store.idle) {
            AppScreen(store.view, store::send)
        }
    }
}

/**
 * One frame of the app, drawn from the view model alone: the top bar (back, title, lock,
 * quick exit), a notice if there is one, the screen, and the call button at the bottom,
 * within thumb reach on every screen that has one.
 */
@Composable
fun AppScreen(view: ViewModel, send: Send, modifier: Modifier = Modifier) {
    Scaffold(
        modifier = modifier,
        topBar = { TopBar(view, send) },
        bottomBar = { view.call?.let { CallBar(it, send) } },
    ) { padding ->
        Column(Modifier.padding(padding).fillMaxSize()) {
            view.notice?.let { NoticeBanner(it, send) }
            Box(Modifier.weight(1f).fillMaxWidth()) {
                ScreenContent(view.screen, send)
            }
        }
    }
}

/**
 * How much the bars' texts grow with the user's font size, at most; from there they
 * shrink to fit their bar. The title bar (56 dp) and the call bar (68 dp) together keep
 * within a sixth of a small phone (800 dp) at 200 % font size, so the screen has the rest.
 */
const val BAR_TEXT_GROWTH = 1.3f

/**
 * Back, the title, lock and quick exit, on one row at every font size: the quick exit is
 * found at the same place, next to the title, always. Not Material's TopAppBar, which
 * cuts a long title; here a title that does not fit in its two lines at the user's font
 * size is drawn smaller until it does (see [shrunkToHeight]).
 */
@Composable
fun TopBar(view: ViewModel, send: Send) {
    val density = LocalDensity.current
    Surface(color = MaterialTheme.colorScheme.surface, modifier = Modifier.testTag(Tags.TOP_BAR)) {
        Row(
            verticalAlignment = Alignment.CenterVertically,
            modifier = Modifier
                .fillMaxWidth()
                .windowInsetsPadding(WindowInsets.safeDrawing.only(WindowInsetsSides.Top + WindowInsetsSides.Horizontal))
                .heightIn(min = 56.dp)
                .padding(horizontal = 4.dp, vertical = 4.dp),
        ) {
            val back = view.back
            if (back != null) {
                IconButton(
                    onClick = { send(back.event) },
                    enabled = back.enabled,
                    modifier = Modifier.size(MinTouch).testTag(Tags.BACK),
                ) {
                    Icon(Icons.Filled.ArrowBack, contentDescription = back.accessibilityLabel)
                }
            } else {
                Spacer(Modifier.width(12.dp))
            }
            CoreText(
                view.title,
                Modifier
                    .weight(1f)
                    .padding(horizontal = 8.dp)
                    .shrunkToHeight(TopBarTextHeight)
                    .semantics { heading() }
                    .testTag(Tags.TITLE),
                style = MaterialTheme.typography.titleMedium.grownAtMost(density, BAR_TEXT_GROWTH)
                    .copy(lineBreak = LineBreak.Heading),
            )
            view.lock?.let { lock ->
                IconButton(
                    onClick = { send(lock.event) },
                    enabled = lock.enabled,
                    modifier = Modifier.size(MinTouch).testTag(Tags.LOCK),
                ) {
                    Icon(Icons.Filled.Lock, contentDescription = lock.accessibilityLabel)
                }
            }
            view.quickExit?.let { exit ->
                // A labelled button, not an icon: it has to be found without thinking.
                FilledTonalButton(
                    onClick = { send(exit.event) },
                    enabled = exit.enabled,
                    contentPadding = PaddingValues(horizontal = 12.dp, vertical = 4.dp),
                    modifier = Modifier
                        .padding(start = 4.dp, end = 4.dp)
                        .heightIn(min = MinTouch)
                        .testTag(Tags.QUICK_EXIT)
                        .semantics { contentDescription = exit.accessibilityLabel },
                ) {
                    CoreText(
                        exit.label,
                        Modifier.shrunkToHeight(QuickExitTextHeight),
                        style = MaterialTheme.typography.labelLarge.grownAtMost(density, BAR_TEXT_GROWTH),
                    )
                }
            }
        }
    }
}

/** The title's room in the top bar: two lines of a title at its normal size. */
private val TopBarTextHeight = 48.dp

/** The quick exit's label: its button's height less its padding. */
private val QuickExitTextHeight = 40.dp

/** The call button's label and number: two lines at their normal size. */
private val CallTextHeight = 44.dp

/**
 * The one-tap call to the zorgcoördinator: large, high-contrast, at the thumb. Its label
 * and number keep to two lines at every font size (see [BAR_TEXT_GROWTH]); TalkBack reads the
 * core's whole label.
 */
@Composable
fun CallBar(call: CallButton, send: Send) {
    val colors = LocalCallColors.current
    val density = LocalDensity.current
    Surface(tonalElevation = 3.dp, shadowElevation = 6.dp, modifier = Modifier.testTag(Tags.CALL_BAR)) {
        Button(
            onClick = { send(call.event) },
            colors = ButtonDefaults.buttonColors(containerColor = colors.container, contentColor = colors.content),
            shape = MaterialTheme.shapes.large,
            contentPadding = PaddingValues(horizontal = 20.dp, vertical = 6.dp),
            modifier = Modifier
                .windowInsetsPadding(WindowInsets.safeDrawing.only(WindowInsetsSides.Bottom + WindowInsetsSides.Horizontal))
                .padding(horizontal = 12.dp, vertical = 6.dp)
                .fillMaxWidth()
                .heightIn(min = 56.dp)
                .testTag(Tags.CALL)
                .semantics(mergeDescendants = true) { contentDescription = call.accessibilityLabel },
        ) {
            Icon(Icons.Filled.Call, contentDescription = null, modifier = Modifier.size(28.dp))
            Spacer(Modifier.width(14.dp))
            Column(Modifier.weight(1f).shrunkToHeight(CallTextHeight)) {
                CoreText(
                    call.label,
                    style = MaterialTheme.typography.titleMedium.grownAtMost(density, BAR_TEXT_GROWTH),
                    fontWeight = FontWeight.Bold,
                )
                CoreText(call.number, style = MaterialTheme.typography.bodyLarge.grownAtMost(density, BAR_TEXT_GROWTH))
            }
        }
    }
}

/**
 * An error or confirmation above the screen, with the core's undo (offered until the next
 * tap, never on a timer) and its dismiss button.
 */
@Composable
fun NoticeBanner(notice: Notice, send: Send) {
    val (container, content) = when (notice.kind) {
        NoticeKind.ERROR -> MaterialTheme.colorScheme.errorContainer to MaterialTheme.colorScheme.onErrorContainer
        NoticeKind.CONFIRMATION -> MaterialTheme.colorScheme.secondaryContainer to MaterialTheme.colorScheme.onSecondaryContainer
    }
    Surface(color = container, contentColor = content, modifier = Modifier.fillMaxWidth().testTag(Tags.NOTICE)) {
        Row(
            verticalAlignment = Alignment.CenterVertically,
            horizontalArrangement = Arrangement.spacedBy(8.dp),
            modifier = Modifier.padding(start = 16.dp, end = 8.dp, top = 4.dp, bottom = 4.dp),
        ) {
            Paragraph(
                notice.text,
                Modifier
                    .weight(1f)
                    .padding(vertical = 8.dp)
                    .semantics { liveRegion = LiveRegionMode.Polite },
            )
            listOfNotNull(notice.action, notice.dismiss).forEach { button ->
                TextButton(
                    onClick = { send(button.event) },
                    modifier = Modifier
                        .heightIn(min = MinTouch)
                        .semantics { contentDescription = button.accessibilityLabel },
                ) {
                    CoreText(button.label, color = content, fontWeight = FontWeight.Bold)
                }
            }
        }
    }
}

/** One composable per [Screen] variant. */
@Composable
fun ScreenContent(screen: Screen, send: Send) {
    when (screen) {
        is Screen.Home -> HomeScreen(screen.view, send)
        is Screen.Signals -> SignalsScreen(screen.view, send)
        is Screen.Conversation -> ConversationScreen(screen.view, send)
        is Screen.Meldcode -> MeldcodeScreen(screen.view, send)
        is Screen.Afwegingskader -> AfwegingScreen(screen.view, send)
        is Screen.Contacts -> ContactsScreen(screen.view, send)
        is Screen.Cases -> CasesScreen(screen.view, send)
        is Screen.Case -> CaseScreen(screen.view, send)
        is Screen.Label -> LabelScreen(screen.view, send)
        is Screen.SignalDetail -> SignalDetailScreen(screen.view, send)
        is Screen.NoteEditor -> NoteEditorScreen(screen.view, send)
        is Screen.Search -> SearchScreen(screen.view, send)
        is Screen.Settings -> SettingsScreen(screen.view, send)
        is Screen.CoordinatorQuestion -> CoordinatorQuestionScreen(screen.view, send)
        is Screen.About -> AboutScreen(screen.view, send)
        is Screen.Confirm -> ConfirmScreen(screen.view, send)
        is Screen.Pin -> PinScreen(screen.view, send)
        is Screen.LockedOut -> MessageScreen(screen.view, send)
        is Screen.Neutral -> MessageScreen(screen.view, send)
    }
}
