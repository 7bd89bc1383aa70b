namespace Sermo.Domain.Cases;

public enum PatientSex
{
    NotStated = 0,
    Female = 1,
    Male = 2,
    Intersex = 3,
}
