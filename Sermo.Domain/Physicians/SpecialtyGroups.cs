namespace Sermo.Domain.Physicians;

/// <summary>
/// The twelve specialty groups. A subspecialty belongs to the group of the training it grows out of
/// (paediatric surgery is surgery, gynaecologic oncology is obstetrics and gynaecology, child neurology is
/// neurology), so a group is a set of colleagues who share a clinical background.
/// </summary>
public static class SpecialtyGroups
{
    public static SpecialtyGroup InternalMedicine { get; } = new("internal-medicine-specialties", "Internal Medicine and Medical Specialties");
    public static SpecialtyGroup Cardiovascular { get; } = new("cardiovascular", "Cardiology and Cardiovascular Medicine");
    public static SpecialtyGroup OncologyHematology { get; } = new("oncology-hematology", "Oncology and Hematology");
    public static SpecialtyGroup Surgery { get; } = new("surgical-specialties", "Surgery and Surgical Specialties");
    public static SpecialtyGroup Musculoskeletal { get; } = new("musculoskeletal", "Orthopaedics, Sports Medicine and Rehabilitation");
    public static SpecialtyGroup Pediatrics { get; } = new("pediatric-specialties", "Pediatrics and Pediatric Subspecialties");
    public static SpecialtyGroup PsychiatryNeurology { get; } = new("psychiatry-neurology", "Psychiatry and Neurology");
    public static SpecialtyGroup Radiology { get; } = new("radiology-imaging", "Radiology and Imaging");
    public static SpecialtyGroup Pathology { get; } = new("pathology-laboratory", "Pathology, Laboratory Medicine and Genetics");
    public static SpecialtyGroup ObstetricsGynecology { get; } = new("obstetrics-gynecology-specialties", "Obstetrics and Gynecology");
    public static SpecialtyGroup AcuteCare { get; } = new("anesthesia-critical-emergency", "Anesthesia, Critical Care and Emergency Medicine");
    public static SpecialtyGroup PrimaryCare { get; } = new("primary-care-public-health", "Primary Care, Preventive Medicine and Public Health");

    public static IReadOnlyList<SpecialtyGroup> All { get; } =
    [
        InternalMedicine, Cardiovascular, OncologyHematology, Surgery, Musculoskeletal, Pediatrics,
        PsychiatryNeurology, Radiology, Pathology, ObstetricsGynecology, AcuteCare, PrimaryCare,
    ];
}
