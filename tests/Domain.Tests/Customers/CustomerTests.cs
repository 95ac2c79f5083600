using CustomerComms.Domain.Common;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Domain.Tests.Customers;

public sealed class CustomerTests
{
    [Fact]
    public void Constructor_ValidInput_NormalisesCodeAndCountryAndIsActive()
    {
        var customer = new Customer(" acme-001 ", " Acme GmbH ", CustomerSegment.Enterprise, "de", "Machinery", "info@acme.example", "+49 30 123456");

        Assert.Equal("ACME-001", customer.Code);
        Assert.Equal("Acme GmbH", customer.Name);
        Assert.Equal("DE", customer.Country);
        Assert.True(customer.IsActive);
        Assert.Empty(customer.Contacts);
    }

    [Theory]
    [InlineData("", "Acme", "DE", null, "code")]
    [InlineData("AC ME", "Acme", "DE", null, "code")]
    [InlineData("ACME", " ", "DE", null, "name")]
    [InlineData("ACME", "Acme", "DEU", null, "country")]
    [InlineData("ACME", "Acme", "D1", null, "country")]
    [InlineData("ACME", "Acme", "DE", "not-an-address", "email")]
    public void Constructor_InvalidInput_NamesTheField(string code, string name, string country, string? email, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => new Customer(code, name, CustomerSegment.SmallBusiness, country, email: email));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Constructor_UndefinedSegment_NamesSegment()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Customer("ACME", "Acme", (CustomerSegment)99, "DE"));

        Assert.Equal("segment", error.Field);
    }

    [Fact]
    public void UpdateDetails_InvalidPhone_LeavesCustomerUnchanged()
    {
        var customer = NewCustomer();

        var error = Assert.Throws<DomainValidationException>(
            () => customer.UpdateDetails("Renamed", CustomerSegment.Consumer, "FR", null, null, "call me", null));

        Assert.Equal("phone", error.Field);
        Assert.Equal("Acme", customer.Name);
        Assert.Equal(CustomerSegment.Enterprise, customer.Segment);
        Assert.Equal("DE", customer.Country);
    }

    [Fact]
    public void DeactivateAndActivate_ToggleIsActive()
    {
        var customer = NewCustomer();

        customer.Deactivate();
        Assert.False(customer.IsActive);
        customer.Activate();
        Assert.True(customer.IsActive);
    }

    [Fact]
    public void AddContact_SecondPrimary_TakesPrimaryFromTheFirst()
    {
        var customer = NewCustomer();
        var first = customer.AddContact("Ann Lee", "Buyer", "ann@acme.example", isPrimary: true);

        var second = customer.AddContact("Bo Chan", "Quality", "bo@acme.example", isPrimary: true);

        Assert.False(first.IsPrimary);
        Assert.True(second.IsPrimary);
        Assert.Same(second, customer.PrimaryContact);
        Assert.Single(customer.Contacts, c => c.IsPrimary);
    }

    [Fact]
    public void AddContact_NotPrimary_KeepsCurrentPrimary()
    {
        var customer = NewCustomer();
        var first = customer.AddContact("Ann Lee", isPrimary: true);

        customer.AddContact("Bo Chan");

        Assert.Same(first, customer.PrimaryContact);
    }

    [Fact]
    public void AddContact_DuplicateEmail_RefusedAndNothingAdded()
    {
        var customer = NewCustomer();
        customer.AddContact("Ann Lee", email: "ann@acme.example", isPrimary: true);

        var error = Assert.Throws<DomainValidationException>(() => customer.AddContact("Other", email: "ANN@acme.example", isPrimary: true));

        Assert.Equal("email", error.Field);
        Assert.Single(customer.Contacts);
        Assert.True(customer.Contacts[0].IsPrimary);
    }

    [Fact]
    public void AddContact_BlankName_NamesNameAndAddsNothing()
    {
        var customer = NewCustomer();

        var error = Assert.Throws<DomainValidationException>(() => customer.AddContact(" "));

        Assert.Equal("name", error.Field);
        Assert.Empty(customer.Contacts);
    }

    [Fact]
    public void UpdateContact_MakePrimary_MovesFlag()
    {
        var customer = NewCustomer();
        var first = customer.AddContact("Ann Lee", isPrimary: true);
        var second = customer.AddContact("Bo Chan");

        customer.UpdateContact(second, "Bo Chan", "Head of quality", "bo@acme.example", null, isPrimary: true);

        Assert.False(first.IsPrimary);
        Assert.True(second.IsPrimary);
        Assert.Equal("Head of quality", second.Role);
    }

    [Fact]
    public void UpdateContact_KeepsOwnEmail_Allowed()
    {
        var customer = NewCustomer();
        var contact = customer.AddContact("Ann Lee", email: "ann@acme.example");

        customer.UpdateContact(contact, "Ann Lee-Smith", null, "ann@acme.example", null, isPrimary: false);

        Assert.Equal("Ann Lee-Smith", contact.Name);
    }

    [Fact]
    public void UpdateContact_InvalidEmail_LeavesContactAndPrimaryUnchanged()
    {
        var customer = NewCustomer();
        var first = customer.AddContact("Ann Lee", isPrimary: true);
        var second = customer.AddContact("Bo Chan");

        var error = Assert.Throws<DomainValidationException>(
            () => customer.UpdateContact(second, "Bo", null, "broken@", null, isPrimary: true));

        Assert.Equal("email", error.Field);
        Assert.True(first.IsPrimary);
        Assert.False(second.IsPrimary);
        Assert.Equal("Bo Chan", second.Name);
    }

    [Fact]
    public void UpdateContact_OtherCustomersContact_NamesContactId()
    {
        var customer = NewCustomer();
        var other = new Customer("OTHER", "Other", CustomerSegment.Consumer, "GB");
        var foreign = other.AddContact("Zed");

        var error = Assert.Throws<DomainValidationException>(
            () => customer.UpdateContact(foreign, "Zed", null, null, null, isPrimary: true));

        Assert.Equal("contactId", error.Field);
        Assert.False(foreign.IsPrimary);
    }

    [Fact]
    public void RemoveContact_OwnContact_Removed()
    {
        var customer = NewCustomer();
        var contact = customer.AddContact("Ann Lee");

        customer.RemoveContact(contact);

        Assert.Empty(customer.Contacts);
    }

    [Fact]
    public void BelongsTo_UnsavedContact_ComparesByInstance()
    {
        var customer = NewCustomer();
        var other = new Customer("OTHER", "Other", CustomerSegment.Consumer, "GB");
        var contact = customer.AddContact("Ann Lee");

        Assert.True(contact.BelongsTo(customer));
        Assert.False(contact.BelongsTo(other));
    }

    private static Customer NewCustomer()
    {
        return new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
    }
}
