namespace Sermo.Seeding;

/// <summary>
/// The seed's drug catalogue: real drug classes with their ATC codes, real generic (INN) names and the
/// indications each class is used for. Brand names are made up (see <see cref="SeedGenerator"/>), so no
/// real product carries invented ratings.
/// </summary>
internal static class DrugCatalogue
{
    public sealed record ClassEntry(string Name, string Atc, string[] Generics, (string Name, string Icd10)[] Indications);

    public static readonly ClassEntry[] Classes =
    [
        new("HMG-CoA reductase inhibitor", "C10AA", ["atorvastatin", "rosuvastatin", "simvastatin", "pravastatin", "pitavastatin"],
            [("Hypercholesterolaemia", "E78.0"), ("Mixed hyperlipidaemia", "E78.2"), ("Secondary prevention of cardiovascular events", "Z86.79")]),
        new("PCSK9 inhibitor", "C10AX", ["evolocumab", "alirocumab", "inclisiran"],
            [("Hypercholesterolaemia", "E78.0"), ("Familial hypercholesterolaemia", "E78.01")]),
        new("ACE inhibitor", "C09AA", ["lisinopril", "ramipril", "enalapril", "perindopril"],
            [("Essential hypertension", "I10"), ("Heart failure with reduced ejection fraction", "I50.2"), ("Diabetic nephropathy", "E11.21")]),
        new("Angiotensin II receptor blocker", "C09CA", ["losartan", "valsartan", "candesartan", "telmisartan", "olmesartan"],
            [("Essential hypertension", "I10"), ("Heart failure with reduced ejection fraction", "I50.2"), ("Diabetic nephropathy", "E11.21")]),
        new("Beta blocker", "C07AB", ["metoprolol", "bisoprolol", "carvedilol", "nebivolol", "atenolol"],
            [("Essential hypertension", "I10"), ("Atrial fibrillation", "I48.91"), ("Heart failure with reduced ejection fraction", "I50.2"), ("Stable angina", "I20.8")]),
        new("Calcium channel blocker", "C08CA", ["amlodipine", "nifedipine", "felodipine", "lercanidipine"],
            [("Essential hypertension", "I10"), ("Stable angina", "I20.8")]),
        new("Direct oral anticoagulant", "B01AF", ["apixaban", "rivaroxaban", "edoxaban", "dabigatran"],
            [("Atrial fibrillation", "I48.91"), ("Deep vein thrombosis", "I82.40"), ("Pulmonary embolism", "I26.99")]),
        new("P2Y12 inhibitor", "B01AC", ["clopidogrel", "ticagrelor", "prasugrel"],
            [("Acute coronary syndrome", "I24.9"), ("Secondary prevention of cardiovascular events", "Z86.79")]),
        new("SGLT2 inhibitor", "A10BK", ["empagliflozin", "dapagliflozin", "canagliflozin", "ertugliflozin"],
            [("Type 2 diabetes mellitus", "E11.9"), ("Heart failure with reduced ejection fraction", "I50.2"), ("Chronic kidney disease", "N18.9")]),
        new("GLP-1 receptor agonist", "A10BJ", ["semaglutide", "liraglutide", "dulaglutide", "exenatide", "tirzepatide"],
            [("Type 2 diabetes mellitus", "E11.9"), ("Obesity", "E66.9")]),
        new("DPP-4 inhibitor", "A10BH", ["sitagliptin", "linagliptin", "saxagliptin", "alogliptin"],
            [("Type 2 diabetes mellitus", "E11.9")]),
        new("Biguanide", "A10BA", ["metformin"],
            [("Type 2 diabetes mellitus", "E11.9"), ("Polycystic ovary syndrome", "E28.2")]),
        new("Basal insulin", "A10AE", ["insulin glargine", "insulin detemir", "insulin degludec"],
            [("Type 1 diabetes mellitus", "E10.9"), ("Type 2 diabetes mellitus", "E11.9")]),
        new("Selective serotonin reuptake inhibitor", "N06AB", ["sertraline", "escitalopram", "fluoxetine", "paroxetine", "citalopram"],
            [("Major depressive disorder", "F32.9"), ("Generalised anxiety disorder", "F41.1"), ("Obsessive-compulsive disorder", "F42.9")]),
        new("Serotonin-norepinephrine reuptake inhibitor", "N06AX", ["venlafaxine", "duloxetine", "desvenlafaxine"],
            [("Major depressive disorder", "F32.9"), ("Generalised anxiety disorder", "F41.1"), ("Diabetic peripheral neuropathic pain", "E11.42")]),
        new("Atypical antipsychotic", "N05AX", ["aripiprazole", "quetiapine", "olanzapine", "risperidone", "lurasidone"],
            [("Schizophrenia", "F20.9"), ("Bipolar disorder", "F31.9"), ("Major depressive disorder", "F32.9")]),
        new("Anticonvulsant", "N03AX", ["levetiracetam", "lamotrigine", "lacosamide", "topiramate", "brivaracetam"],
            [("Focal epilepsy", "G40.1"), ("Generalised epilepsy", "G40.3"), ("Migraine prophylaxis", "G43.909")]),
        new("CGRP antagonist", "N02CD", ["erenumab", "fremanezumab", "galcanezumab", "rimegepant", "atogepant"],
            [("Migraine prophylaxis", "G43.909"), ("Acute migraine", "G43.901")]),
        new("Proton pump inhibitor", "A02BC", ["omeprazole", "esomeprazole", "pantoprazole", "lansoprazole"],
            [("Gastro-oesophageal reflux disease", "K21.9"), ("Peptic ulcer disease", "K27.9"), ("Helicobacter pylori eradication", "B96.81")]),
        new("TNF inhibitor", "L04AB", ["adalimumab", "infliximab", "etanercept", "certolizumab pegol", "golimumab"],
            [("Rheumatoid arthritis", "M06.9"), ("Crohn's disease", "K50.90"), ("Ulcerative colitis", "K51.90"), ("Plaque psoriasis", "L40.0"), ("Ankylosing spondylitis", "M45.9")]),
        new("Interleukin inhibitor", "L04AC", ["ustekinumab", "secukinumab", "ixekizumab", "guselkumab", "risankizumab", "tocilizumab"],
            [("Plaque psoriasis", "L40.0"), ("Psoriatic arthritis", "L40.50"), ("Crohn's disease", "K50.90"), ("Rheumatoid arthritis", "M06.9")]),
        new("Janus kinase inhibitor", "L04AF", ["tofacitinib", "baricitinib", "upadacitinib", "abrocitinib"],
            [("Rheumatoid arthritis", "M06.9"), ("Ulcerative colitis", "K51.90"), ("Atopic dermatitis", "L20.9")]),
        new("Interleukin-4 receptor antagonist", "D11AH", ["dupilumab", "tralokinumab", "lebrikizumab"],
            [("Atopic dermatitis", "L20.9"), ("Severe asthma", "J45.50")]),
        new("PD-1/PD-L1 inhibitor", "L01FF", ["pembrolizumab", "nivolumab", "atezolizumab", "durvalumab", "cemiplimab"],
            [("Non-small cell lung cancer", "C34.90"), ("Melanoma", "C43.9"), ("Renal cell carcinoma", "C64.9"), ("Urothelial carcinoma", "C67.9")]),
        new("Tyrosine kinase inhibitor", "L01EB", ["osimertinib", "erlotinib", "gefitinib", "afatinib"],
            [("Non-small cell lung cancer", "C34.90")]),
        new("CDK4/6 inhibitor", "L01EF", ["palbociclib", "ribociclib", "abemaciclib"],
            [("HR-positive breast cancer", "C50.919")]),
        new("Aromatase inhibitor", "L02BG", ["letrozole", "anastrozole", "exemestane"],
            [("HR-positive breast cancer", "C50.919")]),
        new("Inhaled corticosteroid and LABA", "R03AK", ["fluticasone/salmeterol", "budesonide/formoterol", "fluticasone furoate/vilanterol"],
            [("Asthma", "J45.909"), ("Chronic obstructive pulmonary disease", "J44.9")]),
        new("Long-acting muscarinic antagonist", "R03BB", ["tiotropium", "umeclidinium", "glycopyrronium", "aclidinium"],
            [("Chronic obstructive pulmonary disease", "J44.9"), ("Asthma", "J45.909")]),
        new("Bisphosphonate", "M05BA", ["alendronate", "risedronate", "zoledronic acid", "ibandronate"],
            [("Postmenopausal osteoporosis", "M81.0"), ("Paget's disease of bone", "M88.9")]),
        new("Xanthine oxidase inhibitor", "M04AA", ["allopurinol", "febuxostat"],
            [("Gout", "M10.9"), ("Tumour lysis syndrome prevention", "E88.3")]),
        new("Fluoroquinolone", "J01MA", ["ciprofloxacin", "levofloxacin", "moxifloxacin"],
            [("Community-acquired pneumonia", "J18.9"), ("Complicated urinary tract infection", "N39.0")]),
        new("Cephalosporin", "J01DD", ["ceftriaxone", "cefuroxime", "cefdinir", "cefpodoxime"],
            [("Community-acquired pneumonia", "J18.9"), ("Complicated urinary tract infection", "N39.0"), ("Acute otitis media", "H66.90")]),
        new("HIV integrase inhibitor", "J05AJ", ["dolutegravir", "bictegravir", "raltegravir", "cabotegravir"],
            [("HIV-1 infection", "B20"), ("HIV pre-exposure prophylaxis", "Z29.81")]),
        new("Hepatitis C direct-acting antiviral", "J05AP", ["sofosbuvir/velpatasvir", "glecaprevir/pibrentasvir", "ledipasvir/sofosbuvir"],
            [("Chronic hepatitis C", "B18.2")]),
        new("Dopamine agonist", "N04BC", ["pramipexole", "ropinirole", "rotigotine"],
            [("Parkinson's disease", "G20"), ("Restless legs syndrome", "G25.81")]),
        new("Cholinesterase inhibitor", "N06DA", ["donepezil", "rivastigmine", "galantamine"],
            [("Alzheimer's disease", "G30.9"), ("Parkinson's disease dementia", "F02.80")]),
        new("Anti-VEGF agent", "S01LA", ["aflibercept", "ranibizumab", "faricimab", "brolucizumab"],
            [("Neovascular age-related macular degeneration", "H35.32"), ("Diabetic macular oedema", "E11.311")]),
        new("Thyroid hormone", "H03AA", ["levothyroxine", "liothyronine"],
            [("Hypothyroidism", "E03.9")]),
        new("Loop diuretic", "C03CA", ["furosemide", "torasemide", "bumetanide"],
            [("Heart failure with reduced ejection fraction", "I50.2"), ("Oedema", "R60.9")]),
    ];

    /// <summary>Syllables for invented brand names: plausible, pronounceable, and not real products.</summary>
    public static readonly string[] BrandStarts = ["Ar", "Bel", "Cor", "Dal", "Ev", "Fen", "Gal", "Hal", "Ix", "Jor", "Kel", "Lum", "Mir", "Nev", "Or", "Pra", "Quin", "Rel", "Sol", "Tar", "Ul", "Ven", "Xar", "Zel"];
    public static readonly string[] BrandMiddles = ["a", "e", "i", "o", "u", "ar", "en", "is", "or", "ul", "ax", "ev"];
    public static readonly string[] BrandEnds = ["dra", "fen", "lix", "mab", "nex", "pro", "quil", "rin", "sta", "tryx", "vane", "zor", "via", "tril", "dex", "lon"];
    public static readonly string[] Formulations = ["", "", "", " XR", " ODT", " Pen", " SR", " Duo"];
}
