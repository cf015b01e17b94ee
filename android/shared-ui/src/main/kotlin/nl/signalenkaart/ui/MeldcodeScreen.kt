package nl.signalenkaart.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import nl.signalenkaart.core.AfwegingView
import nl.signalenkaart.core.ExpertView
import nl.signalenkaart.core.MeldcodeView
import nl.signalenkaart.core.QuestionView
import nl.signalenkaart.core.StepView

/** The meldcode's five steps with the experts to call; with a case, its progress. */
@Composable
fun MeldcodeScreen(view: MeldcodeView, send: Send) {
    ScreenColumn {
        view.caseLabel?.let { CaseLabel(it) }
        view.intro?.let { Paragraph(it) }
        view.steps.forEach { StepCard(it, send) }
        ShowTextButton(view.showText, send)
        SourcesLine(view.sources, send)
        CoreButton(view.afweging, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary)
    }
}

@Composable
private fun StepCard(step: StepView, send: Send) {
    ItemCard(Modifier.testTag(Tags.step(step.number.toInt()))) {
        CoreText(step.label, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary)
        Strong(step.title)
        step.detail?.let { Paragraph(it) }
        step.experts.forEach { ExpertBlock(it, send) }
        // The core labels the status group with the step's own label ("Stap 1"), which the
        // card already shows just above.
        step.status?.let { ChoiceGroupItem(it, send) }
        step.changed?.let { Detail(it) }
        // What the case records at this step: whom, when, the advice.
        step.log.forEach { Paragraph(it, Modifier.testTag(Tags.stepLog(step.number.toInt()))) }
        step.editAdvice?.let { CoreButton(it, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary) }
    }
}

@Composable
private fun ExpertBlock(expert: ExpertView, send: Send) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        CoreText(expert.name, style = MaterialTheme.typography.bodyLarge, fontWeight = FontWeight.SemiBold)
        expert.call?.let { CoreButton(it, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary) }
        expert.noNumber?.let { Detail(it) }
        expert.consulted?.let { CheckRowItem(it, send) }
    }
}

/** The afwegingskader's questions; with a case, the professional's answers. */
@Composable
fun AfwegingScreen(view: AfwegingView, send: Send) {
    ScreenColumn {
        view.caseLabel?.let { CaseLabel(it) }
        view.label?.let { Paragraph(it) }
        ShowTextButton(view.showText, send)
        view.questions.forEach { QuestionCard(it, send) }
        view.conclusion?.let { conclusion ->
            Callout { Strong(conclusion) }
        }
        view.reportCall?.let { CoreButton(it, send, Modifier.fillMaxWidth()) }
        SourcesLine(view.sources, send)
    }
}

@Composable
private fun QuestionCard(question: QuestionView, send: Send) {
    ItemCard(Modifier.testTag(Tags.question(question.number.toInt()))) {
        CoreText(question.label, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary)
        CoreText(question.topic, style = MaterialTheme.typography.titleSmall)
        Strong(question.text)
        Detail(question.ifYes)
        Detail(question.ifNo)
        question.answer?.let { Paragraph(it) }
        question.choices?.let { ChoiceGroupItem(it, send) }
    }
}
