//! Memory threads: which remembered turns a question's model sees. A question that quotes a
//! person's message joins that message's thread; one that quotes the bot's answer joins that
//! answer's thread (Talk quotes the chunk replied to: it is matched on its start among the
//! newest answers); anything else is the conversation's main line. A thread is named by the
//! message id of the question that started it; the main line is `""`. The same rule as the
//! native host's `store/memory.rs`, on the turns a host hands in.

use crate::engine_api::{AnswerPlan, Role, Turn};
use crate::job_api::MemoryTurn;

/// Answers searched for the one a question quotes.
const ANSWERS_SEARCHED: usize = 50;
/// Characters of a quoted answer matched.
const QUOTE_MATCHED: usize = 200;
/// Turns a conversation keeps at least (threads need more than one thread's worth).
pub const KEEP: u32 = 200;

/// The thread `plan`'s question belongs to, given the conversation's remembered turns.
pub fn thread_of(plan: &AnswerPlan, remembered: &[MemoryTurn]) -> String {
    let Some(quoted) = &plan.quoted else {
        return String::new();
    };
    let found = if quoted.by_bot {
        let start: String = quoted.text.trim().chars().take(QUOTE_MATCHED).collect();
        remembered
            .iter()
            .rev()
            .filter(|t| t.turn.role == Role::Assistant)
            .take(ANSWERS_SEARCHED)
            .find(|t| !start.is_empty() && t.turn.text.contains(start.as_str()))
    } else {
        let id = quoted.id.to_string();
        remembered
            .iter()
            .rev()
            .find(|t| t.turn.role == Role::User && t.message_id == id)
    };
    match found {
        Some(t) if !t.thread.is_empty() => t.thread.clone(),
        Some(t) => t.message_id.clone(),
        None => String::new(),
    }
}

/// The newest `limit` turns of `thread`, oldest first: the thread's own, and for a thread
/// started by a main-line question, that question and its answer.
pub fn recall(remembered: &[MemoryTurn], thread: &str, limit: u32) -> Vec<Turn> {
    let mut turns: Vec<Turn> = remembered
        .iter()
        .rev()
        .filter(|t| {
            t.thread == thread
                || (!thread.is_empty() && t.thread.is_empty() && t.message_id == thread)
        })
        .take(limit as usize)
        .map(|t| t.turn.clone())
        .collect();
    turns.reverse();
    turns
}

/// The questions (message ids) whose turns `/talkbot forget me` erases, and how many of them
/// there are: those `asker` (a raw actor id) asked, and in turns stored before the asker was
/// recorded, the person's questions by display name (`name`). `None` (the whole conversation):
/// every turn, counted.
pub fn forgetting(
    remembered: &[MemoryTurn],
    asker: Option<(&str, &str)>,
) -> (Option<Vec<String>>, usize) {
    let Some((id, name)) = asker else {
        return (None, remembered.len());
    };
    let mut questions: Vec<String> = Vec::new();
    for t in remembered {
        let theirs = t.asker == id
            || (t.asker.is_empty() && t.turn.role == Role::User && t.turn.author == name);
        if theirs && !questions.contains(&t.message_id) {
            questions.push(t.message_id.clone());
        }
    }
    let count = questions.len();
    (Some(questions), count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine_api::Quoted;

    fn turn(thread: &str, id: &str, role: Role, text: &str) -> MemoryTurn {
        MemoryTurn {
            thread: thread.into(),
            message_id: id.into(),
            asker: String::new(),
            turn: Turn {
                role,
                author: "a".into(),
                text: text.into(),
            },
        }
    }

    fn plan(quoted: Option<(u64, bool, &str)>) -> AnswerPlan {
        AnswerPlan {
            text: "q".into(),
            author: "Ada".into(),
            persona: "default".into(),
            system_prompt: String::new(),
            responders: vec![],
            message_id: 99,
            reply_to: Some(99),
            reference_id: String::new(),
            quoted: quoted.map(|(id, by_bot, text)| Quoted {
                id,
                author: "x".into(),
                text: text.into(),
                by_bot,
            }),
            memory_turns: 20,
        }
    }

    #[test]
    fn threads_follow_the_quote() {
        let remembered = vec![
            turn("", "1", Role::User, "main question"),
            turn(
                "",
                "1",
                Role::Assistant,
                "main answer, long enough to quote",
            ),
            turn("1", "2", Role::User, "a reply to the main question"),
            turn("1", "2", Role::Assistant, "the answer in thread one"),
            turn("", "3", Role::User, "another main question"),
            turn("", "3", Role::Assistant, "another main answer"),
        ];
        // Nothing quoted: the main line (the thread's turns are not in it).
        assert_eq!(thread_of(&plan(None), &remembered), "");
        let main: Vec<_> = recall(&remembered, "", 20)
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            main,
            [
                "main question",
                "main answer, long enough to quote",
                "another main question",
                "another main answer"
            ]
        );
        // Quoting a person's main-line message starts the thread named by it; its recall has
        // that exchange and the thread.
        assert_eq!(
            thread_of(&plan(Some((1, false, "main question"))), &remembered),
            "1"
        );
        let one: Vec<_> = recall(&remembered, "1", 20)
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            one,
            [
                "main question",
                "main answer, long enough to quote",
                "a reply to the main question",
                "the answer in thread one"
            ]
        );
        // Quoting the bot's answer in thread one (by its start) joins thread one.
        assert_eq!(
            thread_of(&plan(Some((50, true, "  the answer in"))), &remembered),
            "1"
        );
        // A quote nobody remembers: the main line.
        assert_eq!(thread_of(&plan(Some((77, false, "?"))), &remembered), "");
        // The limit keeps the newest.
        let last: Vec<_> = recall(&remembered, "1", 1)
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(last, ["the answer in thread one"]);
    }

    #[test]
    fn forgetting_me_takes_my_questions_and_their_answers_only() {
        use crate::engine::job::tests::asked;
        let remembered = vec![
            // Stored before the asker was recorded: matched by display name.
            asked("1", "", Role::User, "Ada"),
            asked("1", "", Role::Assistant, "bot"),
            asked("2", "users/bob", Role::User, "Bob"),
            asked("2", "users/bob", Role::Assistant, "bot"),
            asked("3", "users/ada", Role::User, "Ada L."),
            asked("3", "users/ada", Role::Assistant, "bot"),
            // Another person with Ada's display name but a recorded id: not hers.
            asked("4", "users/ada2", Role::User, "Ada"),
        ];
        let (questions, count) = forgetting(&remembered, Some(("users/ada", "Ada")));
        assert_eq!(questions, Some(vec!["1".to_string(), "3".to_string()]));
        assert_eq!(count, 2);
        assert_eq!(forgetting(&remembered, None), (None, 7));
        assert_eq!(
            forgetting(&remembered, Some(("users/zoe", "Zoe"))),
            (Some(vec![]), 0)
        );
    }
}
