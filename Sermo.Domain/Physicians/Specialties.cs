namespace Sermo.Domain.Physicians;

/// <summary>A medical specialty: a stable code (what is stored), its display name and the group it belongs to.</summary>
public sealed record Specialty(string Code, string Name, SpecialtyGroup Group);

/// <summary>
/// The specialties a physician or a case can carry (100 of them, board specialties and subspecialties). Each one
/// names its group here, so a new specialty cannot be added without deciding where it is generalised to.
/// </summary>
public static class Specialties
{
    public static IReadOnlyList<Specialty> All { get; } =
    [
        new("addiction-medicine", "Addiction Medicine", SpecialtyGroups.PsychiatryNeurology),
        new("adolescent-medicine", "Adolescent Medicine", SpecialtyGroups.Pediatrics),
        new("aerospace-medicine", "Aerospace Medicine", SpecialtyGroups.PrimaryCare),
        new("allergy-and-immunology", "Allergy and Immunology", SpecialtyGroups.InternalMedicine),
        new("anesthesiology", "Anesthesiology", SpecialtyGroups.AcuteCare),
        new("bariatric-surgery", "Bariatric Surgery", SpecialtyGroups.Surgery),
        new("breast-surgery", "Breast Surgery", SpecialtyGroups.Surgery),
        new("cardiac-electrophysiology", "Cardiac Electrophysiology", SpecialtyGroups.Cardiovascular),
        new("cardio-oncology", "Cardio-Oncology", SpecialtyGroups.Cardiovascular),
        new("cardiology", "Cardiology", SpecialtyGroups.Cardiovascular),
        new("cardiothoracic-surgery", "Cardiothoracic Surgery", SpecialtyGroups.Surgery),
        new("child-neurology", "Child Neurology", SpecialtyGroups.PsychiatryNeurology),
        new("child-and-adolescent-psychiatry", "Child and Adolescent Psychiatry", SpecialtyGroups.PsychiatryNeurology),
        new("clinical-genetics-and-genomics", "Clinical Genetics and Genomics", SpecialtyGroups.Pathology),
        new("clinical-pharmacology", "Clinical Pharmacology", SpecialtyGroups.InternalMedicine),
        new("colon-and-rectal-surgery", "Colon and Rectal Surgery", SpecialtyGroups.Surgery),
        new("critical-care-medicine", "Critical Care Medicine", SpecialtyGroups.AcuteCare),
        new("dermatology", "Dermatology", SpecialtyGroups.InternalMedicine),
        new("dermatopathology", "Dermatopathology", SpecialtyGroups.Pathology),
        new("developmental-behavioral-pediatrics", "Developmental-Behavioral Pediatrics", SpecialtyGroups.Pediatrics),
        new("diagnostic-radiology", "Diagnostic Radiology", SpecialtyGroups.Radiology),
        new("emergency-medicine", "Emergency Medicine", SpecialtyGroups.AcuteCare),
        new("endocrinology-diabetes-and-metabolism", "Endocrinology, Diabetes and Metabolism", SpecialtyGroups.InternalMedicine),
        new("epilepsy", "Epilepsy", SpecialtyGroups.PsychiatryNeurology),
        new("family-medicine", "Family Medicine", SpecialtyGroups.PrimaryCare),
        new("forensic-pathology", "Forensic Pathology", SpecialtyGroups.Pathology),
        new("gastroenterology", "Gastroenterology", SpecialtyGroups.InternalMedicine),
        new("general-surgery", "General Surgery", SpecialtyGroups.Surgery),
        new("geriatric-medicine", "Geriatric Medicine", SpecialtyGroups.InternalMedicine),
        new("gynecologic-oncology", "Gynecologic Oncology", SpecialtyGroups.ObstetricsGynecology),
        new("hand-surgery", "Hand Surgery", SpecialtyGroups.Musculoskeletal),
        new("headache-medicine", "Headache Medicine", SpecialtyGroups.PsychiatryNeurology),
        new("heart-failure-and-transplant-cardiology", "Heart Failure and Transplant Cardiology", SpecialtyGroups.Cardiovascular),
        new("hematology", "Hematology", SpecialtyGroups.OncologyHematology),
        new("hepatology", "Hepatology", SpecialtyGroups.InternalMedicine),
        new("hospice-and-palliative-medicine", "Hospice and Palliative Medicine", SpecialtyGroups.InternalMedicine),
        new("hospital-medicine", "Hospital Medicine", SpecialtyGroups.InternalMedicine),
        new("infectious-disease", "Infectious Disease", SpecialtyGroups.InternalMedicine),
        new("internal-medicine", "Internal Medicine", SpecialtyGroups.InternalMedicine),
        new("interventional-cardiology", "Interventional Cardiology", SpecialtyGroups.Cardiovascular),
        new("interventional-radiology", "Interventional Radiology", SpecialtyGroups.Radiology),
        new("lifestyle-medicine", "Lifestyle Medicine", SpecialtyGroups.PrimaryCare),
        new("maternal-fetal-medicine", "Maternal-Fetal Medicine", SpecialtyGroups.ObstetricsGynecology),
        new("medical-oncology", "Medical Oncology", SpecialtyGroups.OncologyHematology),
        new("medical-toxicology", "Medical Toxicology", SpecialtyGroups.AcuteCare),
        new("movement-disorders", "Movement Disorders", SpecialtyGroups.PsychiatryNeurology),
        new("neonatal-perinatal-medicine", "Neonatal-Perinatal Medicine", SpecialtyGroups.Pediatrics),
        new("nephrology", "Nephrology", SpecialtyGroups.InternalMedicine),
        new("neurocritical-care", "Neurocritical Care", SpecialtyGroups.PsychiatryNeurology),
        new("neurological-surgery", "Neurological Surgery", SpecialtyGroups.Surgery),
        new("neurology", "Neurology", SpecialtyGroups.PsychiatryNeurology),
        new("neuromuscular-medicine", "Neuromuscular Medicine", SpecialtyGroups.PsychiatryNeurology),
        new("neuroradiology", "Neuroradiology", SpecialtyGroups.Radiology),
        new("nuclear-medicine", "Nuclear Medicine", SpecialtyGroups.Radiology),
        new("nutrition-medicine", "Nutrition Medicine", SpecialtyGroups.PrimaryCare),
        new("obesity-medicine", "Obesity Medicine", SpecialtyGroups.PrimaryCare),
        new("obstetrics-and-gynecology", "Obstetrics and Gynecology", SpecialtyGroups.ObstetricsGynecology),
        new("occupational-medicine", "Occupational Medicine", SpecialtyGroups.PrimaryCare),
        new("ophthalmology", "Ophthalmology", SpecialtyGroups.Surgery),
        new("oral-and-maxillofacial-surgery", "Oral and Maxillofacial Surgery", SpecialtyGroups.Surgery),
        new("orthopaedic-sports-medicine", "Orthopaedic Sports Medicine", SpecialtyGroups.Musculoskeletal),
        new("orthopaedic-surgery", "Orthopaedic Surgery", SpecialtyGroups.Musculoskeletal),
        new("otolaryngology", "Otolaryngology", SpecialtyGroups.Surgery),
        new("pain-medicine", "Pain Medicine", SpecialtyGroups.AcuteCare),
        new("pathology", "Pathology", SpecialtyGroups.Pathology),
        new("pediatric-cardiology", "Pediatric Cardiology", SpecialtyGroups.Pediatrics),
        new("pediatric-critical-care-medicine", "Pediatric Critical Care Medicine", SpecialtyGroups.Pediatrics),
        new("pediatric-emergency-medicine", "Pediatric Emergency Medicine", SpecialtyGroups.Pediatrics),
        new("pediatric-endocrinology", "Pediatric Endocrinology", SpecialtyGroups.Pediatrics),
        new("pediatric-gastroenterology", "Pediatric Gastroenterology", SpecialtyGroups.Pediatrics),
        new("pediatric-hematology-oncology", "Pediatric Hematology-Oncology", SpecialtyGroups.Pediatrics),
        new("pediatric-infectious-diseases", "Pediatric Infectious Diseases", SpecialtyGroups.Pediatrics),
        new("pediatric-nephrology", "Pediatric Nephrology", SpecialtyGroups.Pediatrics),
        new("pediatric-pulmonology", "Pediatric Pulmonology", SpecialtyGroups.Pediatrics),
        new("pediatric-rheumatology", "Pediatric Rheumatology", SpecialtyGroups.Pediatrics),
        new("pediatric-surgery", "Pediatric Surgery", SpecialtyGroups.Surgery),
        new("pediatrics", "Pediatrics", SpecialtyGroups.Pediatrics),
        new("physical-medicine-and-rehabilitation", "Physical Medicine and Rehabilitation", SpecialtyGroups.Musculoskeletal),
        new("plastic-surgery", "Plastic Surgery", SpecialtyGroups.Surgery),
        new("preventive-medicine", "Preventive Medicine", SpecialtyGroups.PrimaryCare),
        new("psychiatry", "Psychiatry", SpecialtyGroups.PsychiatryNeurology),
        new("public-health", "Public Health", SpecialtyGroups.PrimaryCare),
        new("pulmonary-disease", "Pulmonary Disease", SpecialtyGroups.InternalMedicine),
        new("radiation-oncology", "Radiation Oncology", SpecialtyGroups.OncologyHematology),
        new("reproductive-endocrinology-and-infertility", "Reproductive Endocrinology and Infertility", SpecialtyGroups.ObstetricsGynecology),
        new("rheumatology", "Rheumatology", SpecialtyGroups.InternalMedicine),
        new("sleep-medicine", "Sleep Medicine", SpecialtyGroups.InternalMedicine),
        new("sports-medicine", "Sports Medicine", SpecialtyGroups.Musculoskeletal),
        new("surgical-critical-care", "Surgical Critical Care", SpecialtyGroups.AcuteCare),
        new("surgical-oncology", "Surgical Oncology", SpecialtyGroups.Surgery),
        new("thoracic-surgery", "Thoracic Surgery", SpecialtyGroups.Surgery),
        new("transplant-hepatology", "Transplant Hepatology", SpecialtyGroups.InternalMedicine),
        new("trauma-surgery", "Trauma Surgery", SpecialtyGroups.Surgery),
        new("tropical-medicine", "Tropical Medicine", SpecialtyGroups.InternalMedicine),
        new("undersea-and-hyperbaric-medicine", "Undersea and Hyperbaric Medicine", SpecialtyGroups.PrimaryCare),
        new("urogynecology", "Urogynecology", SpecialtyGroups.ObstetricsGynecology),
        new("urology", "Urology", SpecialtyGroups.Surgery),
        new("vascular-neurology", "Vascular Neurology", SpecialtyGroups.PsychiatryNeurology),
        new("vascular-surgery", "Vascular Surgery", SpecialtyGroups.Surgery),
        new("vascular-and-interventional-radiology", "Vascular and Interventional Radiology", SpecialtyGroups.Radiology),
    ];

    private static readonly Dictionary<string, Specialty> ByCode = All.ToDictionary(s => s.Code, StringComparer.Ordinal);

    public static Specialty? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The specialty with this code; throws when the code is not in the list.</summary>
    public static Specialty Get(string? code) => ByCode[Require(code)];

    /// <summary>The group a specialty belongs to; throws when the code is not in the list.</summary>
    public static SpecialtyGroup GroupOf(string? code) => Get(code).Group;

    /// <summary>Returns the code when it names a known specialty, otherwise throws.</summary>
    public static string Require(string? code) =>
        code is not null && ByCode.ContainsKey(code)
            ? code
            : throw Guard.Invalid("Specialty", $"Specialty '{code}' is not in the specialty list.");
}
