using Sermo.Domain.Cases;

namespace Sermo.Seeding;

/// <summary>Believable, identifier-free text for generated cases, polls, comments and Pages.</summary>
internal static class SeedTexts
{
    public sealed record CaseTemplate(string Specialty, string Title, string Question, AgeBand Age, PatientSex Sex, string History, string Findings);

    public static readonly CaseTemplate[] Cases =
    [
        new("cardiology", "Resistant hypertension despite three agents", "What would you add next, and would you screen for secondary causes first?",
            AgeBand.From50To59, PatientSex.Female, "Hypertension for 12 years. On amlodipine 10 mg, losartan 100 mg, chlorthalidone 25 mg. Adherence confirmed by pill counts.",
            "Office BP {0}/{1}, ambulatory average 148/92. Potassium 3.6 mmol/L, eGFR 71. Echo: mild LVH."),
        new("internal-medicine", "Unexplained hyponatraemia in an older man", "How would you work this up further before starting fluid restriction?",
            AgeBand.From70To79, PatientSex.Male, "Fatigue and unsteadiness for 3 weeks. Takes sertraline 50 mg started two months ago.",
            "Sodium {0} mmol/L, serum osmolality 262, urine osmolality 410, urine sodium 48. TSH and cortisol normal."),
        new("rheumatology", "Seronegative inflammatory arthritis not responding to methotrexate", "Would you move to a biologic or add a second conventional agent?",
            AgeBand.From30To39, PatientSex.Female, "Symmetrical small-joint synovitis for 8 months. Methotrexate 20 mg weekly for 4 months with folic acid.",
            "RF and anti-CCP negative. CRP {0} mg/L, ESR 38. Ultrasound: active synovitis in 6 MCP joints."),
        new("neurology", "New-onset seizure with a small cortical lesion", "Start an antiseizure medication now, or wait for the repeat MRI?",
            AgeBand.From40To49, PatientSex.Male, "First generalised tonic-clonic seizure last month. No prior history, no alcohol excess.",
            "MRI: 6 mm enhancing cortical lesion, left frontal. EEG: focal slowing, no epileptiform discharges. Labs unremarkable."),
        new("endocrinology-diabetes-and-metabolism", "Recurrent hypoglycaemia on basal insulin", "Adjust the insulin, switch agent, or look for another cause?",
            AgeBand.From60To69, PatientSex.Female, "Type 2 diabetes for 15 years, insulin glargine 30 units nightly plus metformin. Lives alone.",
            "HbA1c {0}%, eGFR 41. CGM: nocturnal lows below 3.5 mmol/L on 3 nights a week."),
        new("pulmonary-disease", "Progressive breathlessness with normal spirometry", "Which test would you do next?",
            AgeBand.From50To59, PatientSex.Male, "Ex-smoker, 30 pack-years. Breathless on one flight of stairs for 6 months.",
            "Spirometry normal. DLCO {0}% predicted. CT: subtle ground-glass changes at the bases. Echo: RVSP 45 mmHg."),
        new("gastroenterology", "Iron deficiency anaemia with a normal gastroscopy and colonoscopy", "Capsule endoscopy next, or something else first?",
            AgeBand.From60To69, PatientSex.Female, "Tiredness for 4 months. On apixaban for atrial fibrillation.",
            "Hb {0} g/L, ferritin 6, MCV 74. Coeliac serology negative. Gastroscopy and colonoscopy normal."),
        new("infectious-disease", "Fever after travel with a normal malaria screen", "What else should be on the differential and what would you test?",
            AgeBand.From18To29, PatientSex.Male, "Returned from Southeast Asia 10 days ago. Fever and headache for 4 days.",
            "Temperature 39.1 C, platelets {0}, ALT 120. Three malaria films negative. Dengue NS1 pending."),
        new("psychiatry", "Treatment-resistant depression after two SSRIs", "Augment, switch class, or consider a different approach?",
            AgeBand.From30To39, PatientSex.Female, "Major depressive disorder for 2 years. Adequate trials of sertraline and escitalopram.",
            "PHQ-9 score {0}. No psychotic features. Thyroid function normal. Sleep poor."),
        new("nephrology", "Rising creatinine after starting an SGLT2 inhibitor", "Is this the expected dip, or should the drug stop?",
            AgeBand.From70To79, PatientSex.Male, "CKD stage 3b and heart failure. Dapagliflozin started 3 weeks ago.",
            "Creatinine rose from 150 to {0} umol/L. Potassium 5.0. Euvolaemic on examination."),
        new("dermatology", "Widespread eczema flaring despite topical steroids", "Systemic therapy: which would you choose first?",
            AgeBand.From12To17, PatientSex.Male, "Atopic dermatitis since childhood, now affecting sleep and school attendance.",
            "EASI score {0}. IgE raised. Skin swabs: Staphylococcus aureus."),
        new("geriatric-medicine", "Recurrent falls in a very old woman", "What would you change first?",
            AgeBand.Over89, PatientSex.Female, "Aged 90+, lives in a care home. Four falls in 2 months. Takes 9 regular medications.",
            "Lying-standing BP drop of {0} mmHg. Timed up-and-go 24 s. Vitamin D 30 nmol/L."),
        new("medical-oncology", "Second-line options for EGFR-mutant lung cancer", "What would you offer after progression on osimertinib?",
            AgeBand.From60To69, PatientSex.Male, "Stage IV adenocarcinoma, EGFR exon 19 deletion. Progressed after 18 months of osimertinib.",
            "CT: new liver lesions, largest {0} mm. Biopsy pending for resistance mechanisms. ECOG 1."),
        new("pediatrics", "Persistent fever in a toddler with a rash", "Incomplete Kawasaki disease, or something else?",
            AgeBand.From1To4, PatientSex.Female, "Fever for 6 days, irritability, red lips. No sick contacts.",
            "CRP {0} mg/L, albumin 29, platelets 520. Echo: coronary arteries at the upper limit of normal."),
    ];

    public static readonly string[] FollowUpQuestions =
    [
        "Any family history that might be relevant?", "What did the previous imaging show?", "Has adherence been checked objectively?",
        "Any recent medication changes?", "What is the renal function trend over the last year?", "Are there any red-flag symptoms?",
        "Was the sample taken fasting?", "Any travel or occupational exposures?",
    ];

    public static readonly string[] Answers =
    [
        "No relevant family history.", "Prior imaging was unremarkable.", "Yes, confirmed with the pharmacy refill record.",
        "No changes in the last six months.", "Stable until the last two months.", "None so far.",
    ];

    public static readonly string[] Advice =
    [
        "I would check for secondary causes before escalating treatment.", "Consider a multidisciplinary review; this pattern often needs it.",
        "In my practice a low-dose addition worked well in similar patients.", "Repeat the key test in two weeks before deciding.",
        "Review the medication list for interactions first.", "I would involve the specialist team early.",
        "Guidelines support escalation here, but monitor electrolytes closely.",
    ];

    public static readonly string[] ProposedActions =
    [
        "Start a low dose of the next-line agent and review in four weeks.", "Refer for specialist assessment within two weeks.",
        "Stop the likely culprit drug and recheck labs in one week.", "Order cross-sectional imaging before any change.",
        "Admit for observation and monitoring.",
    ];

    public static readonly string[] RatingComments =
    [
        "Works well for most of my patients.", "Effective, but cost is a barrier for many.", "Tolerability issues limit its use in older patients.",
        "Once-daily dosing really helps adherence.", "Good option when first-line agents fail.", "Insurance approval is slow.",
        "GI side effects are common in the first weeks.", "My first choice for this indication.",
    ];

    public static readonly (string Question, string[] Options)[] Polls =
    [
        ("How has prior authorisation affected your practice this year?", ["Much worse", "Somewhat worse", "No change", "Better"]),
        ("Do you use AI tools for clinical documentation?", ["Daily", "Sometimes", "Tried and stopped", "Never"]),
        ("Would you prescribe a GLP-1 receptor agonist for weight loss alone?", ["Yes", "Only with comorbidities", "No"]),
        ("How many hours a week do you spend on administrative work?", ["Under 5", "5 to 10", "10 to 20", "Over 20"]),
        ("Are you considering reducing your clinical hours in the next two years?", ["Yes", "No", "Undecided"]),
        ("How do you mainly keep up with new evidence?", ["Journals", "Conferences", "Colleagues", "Online communities", "Podcasts"]),
        ("Has telemedicine improved care for your patients?", ["Yes, clearly", "Somewhat", "No difference", "It made care worse"]),
        ("Which first-line agent do you prefer for newly diagnosed hypertension?", ["ACE inhibitor", "ARB", "Calcium channel blocker", "Thiazide"]),
        ("How often do drug shortages affect your prescribing?", ["Weekly", "Monthly", "Rarely", "Never"]),
        ("Would you recommend medicine as a career to your children?", ["Yes", "No", "Not sure"]),
    ];

    public static readonly string[] ReviewReasons =
    [
        "Efficacy wording reads as a claim; keep to reminder format.", "Logo is outdated.", "Add the full Important Safety Information.",
        "Image rights not confirmed.",
    ];

    public static readonly string[] PostBodies =
    [
        "Join our symposium at the annual congress.", "New patient support resources are available.", "Our medical information line has extended hours.",
        "Read the latest prescribing information.", "Meet our medical science liaisons at booth 12.",
    ];
}
